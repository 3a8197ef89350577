import type { DashboardOperationalQuery, DashboardQuery, DashboardTaskProgressFragment as TaskRow, TaskPhase } from '../__generated__/graphql.ts';
import { chartPanel } from './charts.ts';
import { h } from './dom.ts';
import { count, decimal, percent, yuan, type Count } from './format.ts';
import { labelOf, list, t, type WordKey } from './i18n.ts';
import { definitionTip, metricTitle, partsTip, ratioTip } from './metrics.ts';
import { tablePanel, type Column } from './table.ts';

type Row<K extends keyof DashboardQuery> = NonNullable<DashboardQuery[K]>[number];
type WarningRow = DashboardOperationalQuery['warnings'][number];
/** A row of a district or an agency, with the code that names it. */
type Keyed = { regionCode: string | null; agencyCode: string | null; label: string; labelEn: string };

export interface PanelContext {
  /** Inside a district the groups are its agencies. */
  agencies: boolean;
  year: number;
  /** Drill-down from a district row; none inside a district (agencies are the last level). */
  onDistrict?: (row: Keyed) => void;
  file: (name: string) => string;
}

const keyOf = (row: Keyed) => row.agencyCode ?? row.regionCode ?? '';
const nameColumn = <R extends Keyed>(ctx: PanelContext): Column<R> => ({ title: ctx.agencies ? 'agency' : 'region', value: labelOf, className: () => 'name' });
const rateColumn = <R>(title: WordKey, rate: (r: R) => number | null, tip: (r: R) => string): Column<R> => ({ title, value: rate, text: (r) => percent(rate(r)), tip, numeric: true });
const perOfficer = (value: number | null) => decimal(value, 1);
const perOfficerColumn = <R>(title: WordKey, value: (r: R) => number | null, tip: (r: R) => string): Column<R> => ({ title, value, text: (r) => perOfficer(value(r)), tip, numeric: true });
const countColumn = <R>(title: WordKey, value: (r: R) => number | string): Column<R> => ({ title, value, text: (r) => count(value(r)), numeric: true });

function rankArrow(change: number | null): string {
  if (change == null) return '—';
  if (change > 0) return `▲ ${change}`;
  if (change < 0) return `▼ ${-change}`;
  return '=';
}

/**
 * How solid a rank is: a bar over the ranks 1…ranked, filled from the best to the worst rank the
 * entry takes under the neighbouring weight schemes, the rank itself marked. Positions are set
 * through the CSSOM (a style attribute would break the 'self'-only style policy).
 */
function rankRangeBar(r: Row<'ranking'>, ranked: number): HTMLElement | undefined {
  if (r.rank == null || r.bestRank == null || r.worstRank == null || ranked < 2) return undefined;
  const at = (rank: number) => `${((rank - 1) / ranked) * 100}%`;
  const fill = h('span', { class: 'fill' });
  fill.style.left = at(r.bestRank);
  fill.style.width = `${((r.worstRank - r.bestRank + 1) / ranked) * 100}%`;
  const mark = h('span', { class: 'mark' });
  mark.style.left = `${((r.rank - 0.5) / ranked) * 100}%`;
  return h('span', { class: 'range', 'aria-hidden': 'true' }, fill, mark);
}

const rankRange = (r: Row<'ranking'>) => (r.bestRank == null || r.worstRank == null ? null : `${r.bestRank}–${r.worstRank}`);

export function rankingPanel(rows: Row<'ranking'>[], ctx: PanelContext): HTMLElement {
  const ranked = rows.filter((r) => r.rank != null).length;
  const columns: Column<Row<'ranking'>>[] = [
    { title: 'rank', value: (r) => r.rank, text: (r) => (r.rank == null ? '—' : String(r.rank)), numeric: true },
    {
      title: 'rankRange', value: rankRange, text: (r) => rankRange(r) ?? '—', figure: (r) => rankRangeBar(r, ranked), className: () => 'rank-range',
      tip: (r) => (r.bestRank == null ? undefined : [`${t('bestRank')} ${r.bestRank} · ${t('worstRank')} ${r.worstRank}`, definitionTip('bestRank')].filter(Boolean).join('\n')),
    },
    nameColumn(ctx),
    {
      title: 'composite', value: (r) => r.composite, text: (r) => decimal(r.compositeRounded), numeric: true,
      tip: (r) => partsTip('composite', [
        { name: 'quality', text: decimal(r.quality) }, { name: 'supervisionRate', text: percent(r.supervisionRate) }, { name: 'satisfaction', text: decimal(r.satisfaction) },
      ]),
    },
    { title: 'quality', value: (r) => r.quality, text: (r) => decimal(r.quality), numeric: true, tip: (r) => `${t('reviews')}: ${count(r.reviews)}` },
    { title: 'supervisionRate', value: (r) => r.supervisionRate, text: (r) => percent(r.supervisionRate), numeric: true, tip: () => definitionTip('supervisionRate') },
    { title: 'satisfaction', value: (r) => r.satisfaction, text: (r) => decimal(r.satisfaction), numeric: true, tip: (r) => `${t('respondents')}: ${count(r.respondents)}` },
    {
      title: 'rankChange', value: (r) => r.rankChange, text: (r) => rankArrow(r.rankChange), numeric: true,
      className: (r) => (r.rankChange == null || r.rankChange === 0 ? 'flat' : r.rankChange > 0 ? 'up' : 'down'),
      tip: (r) => (r.previousRank == null ? undefined : `${t('rank')} ${r.previousRank} → ${r.rank ?? '—'}`),
    },
    { title: 'incomplete', value: (r) => (r.incomplete ? t('yes') : ''), className: (r) => (r.incomplete ? 'warn' : undefined) },
    { title: 'missing', value: (r) => r.missing.map(metricTitle).join('; ') },
  ];
  return tablePanel('ranking', rows, columns, { id: 'ranking', file: ctx.file('ranking'), wide: true, onRowClick: ctx.onDistrict });
}

/** One line per district (or agency) across the year's quarters, named as in `named` (a trend row's label names its quarter too). */
export function supervisionTrendPanel(rows: Row<'supervisionTrend'>[], named: Keyed[], ctx: PanelContext): HTMLElement {
  const names = new Map(named.map((g) => [keyOf(g), labelOf(g)]));
  const quarters = [...new Set(rows.map((r) => r.quarter!))].sort();
  const groups = new Map<string, Row<'supervisionTrend'>[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  const series = [...groups.values()].map((members) => ({
    type: 'line', name: names.get(keyOf(members[0])) ?? keyOf(members[0]), connectNulls: false,
    data: quarters.map((q) => {
      const rate = members.find((m) => m.quarter === q)?.supervisionRate;
      return rate == null ? null : Number((rate * 100).toFixed(2));
    }),
  }));
  return chartPanel('supervisionTrend', {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${v.toFixed(1)}%`), extraCssText: 'white-space: normal; max-width: 320px' },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'category', data: quarters.map((q) => `${ctx.year} Q${q}`) },
    yAxis: { type: 'value', name: '%', scale: true },
    series,
  }, { id: 'supervision-trend', file: ctx.file('supervision-trend'), wide: true });
}

export function supervisionPartsPanel(rows: Row<'supervision'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'supervision'>;
  const columns: Column<R>[] = [
    nameColumn(ctx),
    rateColumn('supervisionRate', (r: R) => r.supervisionRate, (r) => partsTip('supervisionRate', [
      { name: 'inspectionRate', text: percent(r.inspectionRate), weight: r.inspectionWeight },
      { name: 'exerciseRate', text: percent(r.exerciseRate), weight: r.exerciseWeight },
      { name: 'timelinessRate', text: percent(r.timelinessRate), weight: r.timelinessWeight },
    ])),
    rateColumn('inspectionRate', (r: R) => r.inspectionRate, (r) => ratioTip('inspectionRate', r.inspectionRate, ['inspectionsCompleted', r.inspectionsCompleted], ['inspectionsPlanned', r.inspectionsPlanned])),
    rateColumn('exerciseRate', (r: R) => r.exerciseRate, (r) => ratioTip('exerciseRate', r.exerciseRate, ['itemsExercised', r.itemsExercised], ['itemsTotal', r.itemsTotal])),
    rateColumn('timelinessRate', (r: R) => r.timelinessRate, (r) => ratioTip('timelinessRate', r.timelinessRate, ['filingsOnTime', r.filingsOnTime], ['filingsDue', r.filingsDue])),
    rateColumn('overturnRate', (r: R) => r.overturnRate, (r) => ratioTip('overturnRate', r.overturnRate,
      ['overturned', Number(r.reconsiderationsOverturned) + Number(r.litigationsLost)], ['challenged', Number(r.reconsiderations) + Number(r.litigations)])),
  ];
  return tablePanel('supervisionParts', rows, columns, { id: 'supervision', file: ctx.file('supervision'), onRowClick: ctx.onDistrict });
}

export function discretionPanels(rows: Row<'discretion'>[], ctx: PanelContext): HTMLElement[] {
  type R = Row<'discretion'>;
  const chart = chartPanel('discretion', {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${v.toFixed(1)}%`) },
    legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map(labelOf), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '%' },
    series: [
      { type: 'bar', name: t('outOfBandRate'), data: rows.map((r) => (r.outOfBandRate == null ? null : +(r.outOfBandRate * 100).toFixed(2))) },
      { type: 'bar', name: t('leniencyRate'), data: rows.map((r) => (r.leniencyRate == null ? null : +(r.leniencyRate * 100).toFixed(2))) },
    ],
  }, { id: 'discretion-chart', file: ctx.file('discretion') });
  const columns: Column<R>[] = [
    nameColumn(ctx),
    countColumn('cases', (r: R) => r.cases),
    rateColumn('outOfBandRate', (r: R) => r.outOfBandRate, (r) => ratioTip('outOfBandRate', r.outOfBandRate, ['outOfBandCases', r.outOfBandCases], ['noLeniencyCases', r.noLeniencyCases])),
    rateColumn('leniencyRate', (r: R) => r.leniencyRate, (r) => ratioTip('leniencyRate', r.leniencyRate, ['leniencyCases', r.leniencyCases], ['cases', r.cases])),
    rateColumn('firstOffenceLeniencyRate', (r: R) => r.firstOffenceLeniencyRate, (r) => ratioTip('firstOffenceLeniencyRate', r.firstOffenceLeniencyRate, ['firstOffenceMinorLeniencyCases', r.firstOffenceMinorLeniencyCases], ['firstOffenceMinorCases', r.firstOffenceMinorCases])),
    { title: 'meanFine', value: (r) => r.meanFineYuan, text: (r) => yuan(r.meanFineYuan), numeric: true },
    { title: 'medianFine', value: (r) => r.medianFineYuan, text: (r) => yuan(r.medianFineYuan), numeric: true },
  ];
  return [chart, tablePanel('discretion', rows, columns, { id: 'discretion', file: ctx.file('discretion'), onRowClick: ctx.onDistrict })];
}

export function inconsistencyPanel(rows: Row<'inconsistency'>[], ctx: PanelContext): HTMLElement {
  const columns: Column<Row<'inconsistency'>>[] = [
    { title: 'item', value: (r) => r.itemName ?? r.violationItemCode, tip: (r) => r.violationItemCode },
    { title: 'band', value: (r) => r.band },
    { title: 'regions', value: (r) => r.regions, numeric: true },
    countColumn('cases', (r) => r.cases),
    { title: 'meanFine', value: (r) => r.meanFineYuan, text: (r) => yuan(r.meanFineYuan), numeric: true },
    { title: 'coefficientOfVariation', value: (r) => r.coefficientOfVariation, text: (r) => decimal(r.coefficientOfVariation, 3), numeric: true, tip: () => definitionTip('coefficientOfVariation') },
  ];
  return tablePanel('inconsistency', rows.slice(0, 10), columns, { id: 'inconsistency', file: ctx.file('inconsistency') });
}

export function rectificationPanels(burndown: Row<'burndown'>[], rows: Row<'rectification'>[], ctx: PanelContext): HTMLElement[] {
  const open = (r: Row<'burndown'>) => Number(r.total) - Number(r.rectified);
  const burn = chartPanel('burndown', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: burndown.map((r) => r.asOf) },
    yAxis: { type: 'value' },
    series: [
      { type: 'line', name: t('total'), data: burndown.map((r) => Number(r.total)) },
      { type: 'line', name: t('rectified'), data: burndown.map((r) => Number(r.rectified)) },
      { type: 'line', name: `${t('total')} − ${t('rectified')}`, data: burndown.map(open), areaStyle: { opacity: 0.15 } },
      { type: 'line', name: t('overdueCount'), data: burndown.map((r) => Number(r.overdue)) },
    ],
  }, { id: 'burndown', file: ctx.file('burndown') });
  const overdue = chartPanel('overdue', {
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map(labelOf), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: t('overdueCount'), data: rows.map((r) => Number(r.overdue)) }],
  }, { id: 'overdue', file: ctx.file('overdue') });
  type R = Row<'rectification'>;
  const columns: Column<R>[] = [
    nameColumn(ctx),
    countColumn('total', (r: R) => r.total),
    countColumn('rectified', (r: R) => r.rectified),
    countColumn('verified', (r: R) => r.verified),
    countColumn('overdueCount', (r: R) => r.overdue),
    rateColumn('rectificationRate', (r: R) => r.rectificationRate, (r) => ratioTip('rectificationRate', r.rectificationRate, ['rectified', r.rectified], ['total', r.total])),
    { title: 'medianDays', value: (r) => r.medianDaysToRectify, text: (r) => decimal(r.medianDaysToRectify, 0), numeric: true },
  ];
  return [burn, overdue, tablePanel('burndown', rows, columns, { id: 'rectification', file: ctx.file('rectification'), wide: true, onRowClick: ctx.onDistrict })];
}

export function workforcePanel(rows: Row<'workforce'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'workforce'>;
  const columns: Column<R>[] = [
    nameColumn(ctx),
    countColumn('officers', (r: R) => r.officersWithValidCertificate),
    countColumn('compliant', (r: R) => r.compliantOfficers),
    rateColumn('trainingComplianceRate', (r: R) => r.trainingComplianceRate, (r) => ratioTip('trainingComplianceRate', r.trainingComplianceRate, ['compliant', r.compliantOfficers], ['officers', r.officersWithValidCertificate])),
    perOfficerColumn('inspectionsPerOfficer', (r: R) => r.inspectionsPerOfficer, (r) => ratioTip('inspectionsPerOfficer', r.inspectionsPerOfficer, ['inspections', r.inspections], ['officers', r.officersWithValidCertificate], perOfficer)),
    perOfficerColumn('penaltiesPerOfficer', (r: R) => r.penaltiesPerOfficer, (r) => ratioTip('penaltiesPerOfficer', r.penaltiesPerOfficer, ['penalties', r.penalties], ['officers', r.officersWithValidCertificate], perOfficer)),
  ];
  return tablePanel('workforce', rows, columns, { id: 'workforce', file: ctx.file('workforce'), wide: true, onRowClick: ctx.onDistrict });
}

/** Warnings standing at the year's end: red and yellow cards per district (or agency), and the list. */
export function warningPanels(rows: WarningRow[], ctx: PanelContext): HTMLElement[] {
  const groupOf = (r: WarningRow) => (ctx.agencies ? r.name ?? r.agencyCode ?? r.regionCode : r.regionName ?? r.regionCode);
  const groups = [...new Set(rows.map(groupOf))];
  const tally = (level: 'RED' | 'YELLOW') => groups.map((g) => rows.filter((r) => r.level === level && groupOf(r) === g).length);
  const chart = chartPanel('warningsByGroup', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: groups, axisLabel: { interval: 0, rotate: groups.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', stack: 'cards', name: t('RED'), data: tally('RED'), itemStyle: { color: '#c0392b' } },
      { type: 'bar', stack: 'cards', name: t('YELLOW'), data: tally('YELLOW'), itemStyle: { color: '#e6a700' } },
    ],
  }, { id: 'warnings-chart', file: ctx.file('warnings') });
  const columns: Column<WarningRow>[] = [
    { title: 'level', value: (r) => t(r.level), className: (r) => (r.level === 'RED' ? 'red' : 'yellow') },
    { title: 'kind', value: (r) => t(r.kind) },
    { title: 'name', value: (r) => r.label, className: () => 'name' },
    { title: 'dueOn', value: (r) => r.dueOn },
    { title: 'daysOverdue', value: (r) => r.daysOverdue, numeric: true },
  ];
  return [chart, tablePanel('warnings', rows, columns, { id: 'warnings', file: ctx.file('warnings') })];
}

export function signalsPanel(rows: Row<'signals'>[], ctx: PanelContext): HTMLElement {
  const columns: Column<Row<'signals'>>[] = [
    { title: 'kind', value: (r) => t(r.kind) },
    { title: 'name', value: labelOf, className: () => 'name', tip: (r) => r.id },
    countColumn('cases', (r) => r.cases),
    { title: 'value', value: (r) => r.value, text: (r) => decimal(r.value), numeric: true },
    { title: 'baseline', value: (r) => r.baseline, text: (r) => decimal(r.baseline), numeric: true },
  ];
  return tablePanel('signals', rows, columns, { id: 'signals', file: ctx.file('signals') });
}

/** The rates of the 三项制度 (§4.8) that the chart draws side by side: disclosure, full-process recording, legal review. */
const THREE_SYSTEMS = ['disclosureRate', 'fullProcessRecordRate', 'legalReviewRate'] as const;

/** 三项制度: the three core rates as a chart, and every rate of enforcementCompliance with its numerator and denominator. */
export function compliancePanels(rows: Row<'compliance'>[], ctx: PanelContext): HTMLElement[] {
  type R = Row<'compliance'>;
  const chart = chartPanel('complianceChart', {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${v.toFixed(1)}%`) },
    legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map(labelOf), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '%', max: 100 },
    series: THREE_SYSTEMS.map((rate) => ({ type: 'bar', name: t(rate), data: rows.map((r) => (r[rate] == null ? null : +(r[rate]! * 100).toFixed(2))) })),
  }, { id: 'compliance-chart', file: ctx.file('compliance') });
  const rate = (name: WordKey & keyof R, value: (r: R) => number | null, numerator: (r: R) => [WordKey, Count], denominator: (r: R) => [WordKey, Count]) =>
    rateColumn(name, value, (r: R) => ratioTip(name, value(r), numerator(r), denominator(r)));
  const columns: Column<R>[] = [
    nameColumn(ctx),
    rate('disclosureRate', (r) => r.disclosureRate, (r) => ['disclosuresOnTime', r.disclosuresOnTime], (r) => ['disclosuresDue', r.disclosuresDue]),
    rate('caseDisclosureOnTimeRate', (r) => r.caseDisclosureOnTimeRate, (r) => ['casesDisclosedOnTime', r.casesDisclosedOnTime], (r) => ['cases', r.cases]),
    rate('fullProcessRecordRate', (r) => r.fullProcessRecordRate, (r) => ['casesFullyRecorded', r.casesFullyRecorded], (r) => ['casesRecordKnown', r.casesRecordKnown]),
    rate('legalReviewRate', (r) => r.legalReviewRate, (r) => ['legalReviewsDone', r.legalReviewsDone], (r) => ['legalReviewsRequired', r.legalReviewsRequired]),
    rate('seriousCaseReviewRate', (r) => r.seriousCaseReviewRate, (r) => ['seriousCasesReviewed', r.seriousCasesReviewed], (r) => ['seriousCases', r.seriousCases]),
    rate('nonSiteRate', (r) => r.nonSiteRate, (r) => ['nonSiteCases', r.nonSiteCases], (r) => ['cases', r.cases]),
    rate('enterpriseImpactRate', (r) => r.enterpriseImpactRate, (r) => ['enterpriseCasesAssessed', r.enterpriseCasesAssessed], (r) => ['enterpriseCases', r.enterpriseCases]),
  ];
  return [chart, tablePanel('compliance', rows, columns, { id: 'compliance', file: ctx.file('compliance'), wide: true, onRowClick: ctx.onDistrict })];
}

/** 投诉举报办理 (§3): complaints received in the year, how many were resolved or transferred, and how fast. */
export function complaintPanel(rows: Row<'complaints'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'complaints'>;
  const columns: Column<R>[] = [
    nameColumn(ctx),
    countColumn('received', (r: R) => r.received),
    countColumn('resolved', (r: R) => r.resolved),
    countColumn('complaintsTransferred', (r: R) => r.transferred),
    countColumn('open', (r: R) => r.open),
    rateColumn('resolutionRate', (r: R) => r.resolutionRate, (r) => ratioTip('resolutionRate', r.resolutionRate, ['resolved', r.resolved], ['received', r.received])),
    rateColumn('complaintTransferRate', (r: R) => r.complaintTransferRate, (r) => ratioTip('complaintTransferRate', r.complaintTransferRate, ['complaintsTransferred', r.transferred], ['received', r.received])),
    { title: 'medianDaysToResolution', value: (r) => r.medianDaysToResolution, text: (r) => decimal(r.medianDaysToResolution, 1), numeric: true, tip: () => definitionTip('medianDaysToResolution') },
  ];
  return tablePanel('complaintHandling', rows, columns, { id: 'complaints', file: ctx.file('complaints'), wide: true, onRowClick: ctx.onDistrict });
}

/** 问题线索移送纪检监察 (§3): the clues registered in the year, how many reached the discipline-inspection organs and came back with feedback. */
export function cluePanel(rows: Row<'clues'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'clues'>;
  const columns: Column<R>[] = [
    nameColumn(ctx),
    countColumn('registered', (r: R) => r.registered),
    countColumn('cluesTransferred', (r: R) => r.transferred),
    countColumn('withFeedback', (r: R) => r.withFeedback),
    rateColumn('clueTransferRate', (r: R) => r.clueTransferRate, (r) => ratioTip('clueTransferRate', r.clueTransferRate, ['cluesTransferred', r.transferred], ['registered', r.registered])),
    rateColumn('clueFeedbackRate', (r: R) => r.clueFeedbackRate, (r) => ratioTip('clueFeedbackRate', r.clueFeedbackRate, ['withFeedback', r.withFeedback], ['cluesTransferred', r.transferred])),
    { title: 'medianDaysToTransfer', value: (r) => r.medianDaysToTransfer, text: (r) => decimal(r.medianDaysToTransfer, 1), numeric: true, tip: () => definitionTip('medianDaysToTransfer') },
  ];
  return tablePanel('clueTransfers', rows, columns, { id: 'clues', file: ctx.file('clues'), onRowClick: ctx.onDistrict });
}

export type Half = 1 | 2;
/** Each half-year: its rows in the operational answer, its switch's word and the caption that names it. */
const HALVES = {
  1: { rows: 'firstHalf', word: 'firstHalf', caption: 'firstHalfOf' },
  2: { rows: 'secondHalf', word: 'secondHalf', caption: 'secondHalfOf' },
} as const satisfies Record<Half, { rows: keyof DashboardOperationalQuery; word: WordKey; caption: WordKey }>;
const PHASES: Record<TaskPhase, WordKey> = { CAPABILITY: 'phaseCapability', CAMPAIGN: 'phaseCampaign', CONSOLIDATION: 'phaseConsolidation' };

/** The year's latest half-year with any report in: the second once its reports come in, else the first. */
export const latestHalf = (answer: DashboardOperationalQuery): Half => (answer.secondHalf.some((r) => r.unitsReported > 0) ? 2 : 1);

const notReported = (r: TaskRow) => r.units.filter((u) => !u.reported).map((u) => u.unitName ?? u.unitCode);
const reportedLate = (r: TaskRow) => r.units.filter((u) => u.late).length;
const leadUnitName = (r: TaskRow) => r.units.find((u) => u.unitCode === r.leadUnit)?.unitName ?? r.leadUnit ?? '—';

/** 任务清单推进情况 (§五(二)): each task's units expected to report in the half-year, those that did, DONE, and who has not reported. */
export function taskProgressPanel(answer: DashboardOperationalQuery, half: Half, onHalf: (half: Half) => void, ctx: PanelContext): HTMLElement {
  const columns: Column<TaskRow>[] = [
    {
      title: 'task', value: (r) => `${r.taskCode} ${r.title}`, className: () => 'name task',
      tip: (r) => [r.section, `${t('leadUnit')}: ${leadUnitName(r)}`, `${t('deadline')}: ${r.deadline ?? '—'}`].filter(Boolean).join('\n'),
    },
    { title: 'phase', value: (r) => t(PHASES[r.phase]) },
    countColumn('unitsExpected', (r) => r.unitsExpected),
    { ...countColumn('unitsReported', (r) => r.unitsReported), tip: (r) => `${t('unitsReported')} ${r.unitsReported} / ${t('unitsExpected')} ${r.unitsExpected}` },
    countColumn('unitsDone', (r) => r.unitsDone),
    { ...countColumn('unitsDoneEarlier', (r) => r.unitsDoneEarlier), tip: () => t('unitsDoneEarlierHint') },
    { title: 'meanProgress', value: (r) => r.meanProgress, text: (r) => (r.meanProgress == null ? '—' : `${decimal(r.meanProgress, 1)}%`), numeric: true },
    { ...countColumn('reportedLate', reportedLate), className: (r) => (reportedLate(r) ? 'warn' : undefined) },
    { title: 'notReported', value: (r) => list(notReported(r)), className: (r) => (notReported(r).length ? 'name warn' : 'name') },
  ];
  const halves = h('div', { class: 'switch', role: 'group', 'aria-label': t('half') },
    ...([1, 2] as const).map((x) => h('button', { type: 'button', 'data-half': x, 'aria-pressed': String(x === half), onclick: () => onHalf(x) }, t(HALVES[x].word))));
  return tablePanel('taskProgress', answer[HALVES[half].rows], columns, {
    id: 'task-progress', file: ctx.file(`task-progress-h${half}`), wide: true, tools: [halves], caption: t(HALVES[half].caption).replace('{year}', String(ctx.year)),
  });
}
