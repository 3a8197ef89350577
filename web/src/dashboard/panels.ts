import type { DashboardOperationalQuery, DashboardQuery, DashboardTaskProgressFragment as TaskRow, TaskPhase } from '../__generated__/graphql.ts';
import { chartPanel } from './charts.ts';
import { h } from './dom.ts';
import { asPercent, namesAxis, percentTooltip, sideLegend, SIDE_LEGEND_GRID, symbolOf, topLegend } from './chart-options.ts';
import { countColumn, daysColumn, decimalColumn, nameColumn, rateColumn, ratioColumn, type Keyed } from './columns.ts';
import { count, decimal, percent } from './format.ts';
import { labelOf, list, t, type WordKey } from './i18n.ts';
import { definitionTip, metricTitle, partsTip } from './metrics.ts';
import { switchGroup } from './panel.ts';
import { tablePanel, type Column } from './table.ts';

type Row<K extends keyof DashboardQuery> = NonNullable<DashboardQuery[K]>[number];
type WarningRow = DashboardOperationalQuery['warnings'][number];

export interface PanelContext {
  /** Inside a district the groups are its agencies. */
  agencies: boolean;
  /** The district's name in the page's language, inside a district. */
  district?: string;
  year: number;
  /** Drill-down from a district row; none inside a district (agencies are the last level). */
  onDistrict?: (row: Keyed) => void;
  file: (name: string) => string;
}

const keyOf = (row: Keyed) => row.agencyCode ?? row.regionCode ?? '';
const perOfficer = (value: number | null) => decimal(value, 1);

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
    nameColumn(ctx.agencies),
    {
      title: 'composite', value: (r) => r.composite, text: (r) => decimal(r.compositeRounded), numeric: true,
      tip: (r) => partsTip('composite', [
        { name: 'quality', text: decimal(r.quality) }, { name: 'supervisionRate', text: percent(r.supervisionRate) }, { name: 'satisfaction', text: decimal(r.satisfaction) },
      ]),
    },
    decimalColumn('quality', (r) => r.quality, 2, (r) => `${t('reviews')}: ${count(r.reviews)}`),
    rateColumn('supervisionRate', (r) => r.supervisionRate, () => definitionTip('supervisionRate')),
    decimalColumn('satisfaction', (r) => r.satisfaction, 2, (r) => `${t('respondents')}: ${count(r.respondents)}`),
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
  const series = [...groups.values()].map((members, i) => ({
    type: 'line', name: names.get(keyOf(members[0])) ?? keyOf(members[0]), connectNulls: false, symbol: symbolOf(i), symbolSize: 7,
    data: quarters.map((q) => asPercent(members.find((m) => m.quarter === q)?.supervisionRate)),
  }));
  return chartPanel('supervisionTrend', {
    tooltip: { ...percentTooltip, extraCssText: 'white-space: normal; max-width: 320px' },
    legend: sideLegend(ctx.district),
    grid: SIDE_LEGEND_GRID,
    xAxis: { type: 'category', data: quarters.map((q) => `${ctx.year} Q${q}`) },
    yAxis: { type: 'value', name: '%', scale: true },
    series,
  }, { id: 'supervision-trend', file: ctx.file('supervision-trend'), wide: true });
}

export function supervisionPartsPanel(rows: Row<'supervision'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'supervision'>;
  const columns: Column<R>[] = [
    nameColumn(ctx.agencies),
    rateColumn('supervisionRate', (r: R) => r.supervisionRate, (r) => partsTip('supervisionRate', [
      { name: 'inspectionRate', text: percent(r.inspectionRate), weight: r.inspectionWeight },
      { name: 'exerciseRate', text: percent(r.exerciseRate), weight: r.exerciseWeight },
      { name: 'timelinessRate', text: percent(r.timelinessRate), weight: r.timelinessWeight },
    ])),
    ratioColumn('inspectionRate', (r: R) => r.inspectionRate, (r) => ['inspectionsCompleted', r.inspectionsCompleted], (r) => ['inspectionsPlanned', r.inspectionsPlanned]),
    ratioColumn('exerciseRate', (r: R) => r.exerciseRate, (r) => ['itemsExercised', r.itemsExercised], (r) => ['itemsTotal', r.itemsTotal]),
    ratioColumn('timelinessRate', (r: R) => r.timelinessRate, (r) => ['filingsOnTime', r.filingsOnTime], (r) => ['filingsDue', r.filingsDue]),
    ratioColumn('overturnRate', (r: R) => r.overturnRate,
      (r) => ['overturned', Number(r.reconsiderationsOverturned) + Number(r.litigationsLost)], (r) => ['challenged', Number(r.reconsiderations) + Number(r.litigations)]),
  ];
  return tablePanel('supervisionParts', rows, columns, { id: 'supervision', file: ctx.file('supervision'), onRowClick: ctx.onDistrict });
}

export function discretionPanels(rows: Row<'discretion'>[], ctx: PanelContext): HTMLElement[] {
  type R = Row<'discretion'>;
  const chart = chartPanel('discretion', {
    tooltip: percentTooltip,
    legend: topLegend,
    xAxis: namesAxis(rows.map(labelOf)),
    yAxis: { type: 'value', name: '%' },
    series: (['outOfBandRate', 'leniencyRate'] as const).map((rate) => ({ type: 'bar', name: t(rate), data: rows.map((r) => asPercent(r[rate])) })),
  }, { id: 'discretion-chart', file: ctx.file('discretion') });
  const columns: Column<R>[] = [
    nameColumn(ctx.agencies),
    countColumn('cases', (r: R) => r.cases),
    ratioColumn('outOfBandRate', (r: R) => r.outOfBandRate, (r) => ['outOfBandCases', r.outOfBandCases], (r) => ['noLeniencyCases', r.noLeniencyCases]),
    ratioColumn('leniencyRate', (r: R) => r.leniencyRate, (r) => ['leniencyCases', r.leniencyCases], (r) => ['cases', r.cases]),
    ratioColumn('firstOffenceLeniencyRate', (r: R) => r.firstOffenceLeniencyRate, (r) => ['firstOffenceMinorLeniencyCases', r.firstOffenceMinorLeniencyCases], (r) => ['firstOffenceMinorCases', r.firstOffenceMinorCases]),
    decimalColumn('meanFine', (r) => r.meanFineYuan, 0),
    decimalColumn('medianFine', (r) => r.medianFineYuan, 0, () => definitionTip('medianFineYuan')),
  ];
  return [chart, tablePanel('discretion', rows, columns, { id: 'discretion', file: ctx.file('discretion'), onRowClick: ctx.onDistrict })];
}

export function inconsistencyPanel(rows: Row<'inconsistency'>[], ctx: PanelContext): HTMLElement {
  const columns: Column<Row<'inconsistency'>>[] = [
    { title: 'item', value: (r) => r.itemName ?? r.violationItemCode, tip: (r) => r.violationItemCode },
    { title: 'band', value: (r) => r.band },
    { title: 'regions', value: (r) => r.regions, numeric: true },
    countColumn('cases', (r) => r.cases),
    decimalColumn('meanFine', (r) => r.meanFineYuan, 0),
    decimalColumn('coefficientOfVariation', (r) => r.coefficientOfVariation, 3, () => definitionTip('coefficientOfVariation')),
  ];
  return tablePanel('inconsistency', rows.slice(0, 10), columns, { id: 'inconsistency', file: ctx.file('inconsistency') });
}

export function rectificationPanels(burndown: Row<'burndown'>[], rows: Row<'rectification'>[], ctx: PanelContext): HTMLElement[] {
  const open = (r: Row<'burndown'>) => Number(r.total) - Number(r.rectified);
  const burn = chartPanel('burndown', {
    tooltip: { trigger: 'axis' },
    legend: topLegend,
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
    xAxis: namesAxis(rows.map(labelOf)),
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: t('overdueCount'), data: rows.map((r) => Number(r.overdue)) }],
  }, { id: 'overdue', file: ctx.file('overdue') });
  type R = Row<'rectification'>;
  const columns: Column<R>[] = [
    nameColumn(ctx.agencies),
    countColumn('total', (r: R) => r.total),
    countColumn('rectified', (r: R) => r.rectified),
    countColumn('verified', (r: R) => r.verified),
    countColumn('overdueCount', (r: R) => r.overdue),
    ratioColumn('rectificationRate', (r: R) => r.rectificationRate, (r) => ['rectified', r.rectified], (r) => ['total', r.total]),
    daysColumn('medianDaysToRectify', (r: R) => r.medianDaysToRectify),
  ];
  return [burn, overdue, tablePanel('burndown', rows, columns, { id: 'rectification', file: ctx.file('rectification'), wide: true, onRowClick: ctx.onDistrict })];
}

export function workforcePanel(rows: Row<'workforce'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'workforce'>;
  const columns: Column<R>[] = [
    nameColumn(ctx.agencies),
    countColumn('officers', (r: R) => r.officersWithValidCertificate),
    countColumn('compliant', (r: R) => r.compliantOfficers),
    ratioColumn('trainingComplianceRate', (r: R) => r.trainingComplianceRate, (r) => ['compliant', r.compliantOfficers], (r) => ['officers', r.officersWithValidCertificate]),
    ratioColumn('inspectionsPerOfficer', (r: R) => r.inspectionsPerOfficer, (r) => ['inspections', r.inspections], (r) => ['officers', r.officersWithValidCertificate], perOfficer),
    ratioColumn('penaltiesPerOfficer', (r: R) => r.penaltiesPerOfficer, (r) => ['penalties', r.penalties], (r) => ['officers', r.officersWithValidCertificate], perOfficer),
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
    legend: topLegend,
    xAxis: namesAxis(groups),
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
    decimalColumn('value', (r) => r.value, 2),
    decimalColumn('baseline', (r) => r.baseline, 2),
  ];
  return tablePanel('signals', rows, columns, { id: 'signals', file: ctx.file('signals') });
}

/** The rates of the 三项制度 (§4.8) that the chart draws side by side: disclosure, full-process recording, legal review. */
const THREE_SYSTEMS = ['disclosureRate', 'fullProcessRecordRate', 'legalReviewRate'] as const;

/** 三项制度: the three core rates as a chart, and every rate of enforcementCompliance with its numerator and denominator. */
export function compliancePanels(rows: Row<'compliance'>[], ctx: PanelContext): HTMLElement[] {
  type R = Row<'compliance'>;
  const chart = chartPanel('complianceChart', {
    tooltip: percentTooltip,
    legend: topLegend,
    xAxis: namesAxis(rows.map(labelOf)),
    yAxis: { type: 'value', name: '%', max: 100 },
    series: THREE_SYSTEMS.map((rate) => ({ type: 'bar', name: t(rate), data: rows.map((r) => asPercent(r[rate])) })),
  }, { id: 'compliance-chart', file: ctx.file('compliance') });
  const columns: Column<R>[] = [
    nameColumn(ctx.agencies),
    ratioColumn('disclosureRate', (r: R) => r.disclosureRate, (r) => ['disclosuresOnTime', r.disclosuresOnTime], (r) => ['disclosuresDue', r.disclosuresDue]),
    ratioColumn('caseDisclosureOnTimeRate', (r: R) => r.caseDisclosureOnTimeRate, (r) => ['casesDisclosedOnTime', r.casesDisclosedOnTime], (r) => ['cases', r.cases]),
    ratioColumn('fullProcessRecordRate', (r: R) => r.fullProcessRecordRate, (r) => ['casesFullyRecorded', r.casesFullyRecorded], (r) => ['casesRecordKnown', r.casesRecordKnown]),
    ratioColumn('legalReviewRate', (r: R) => r.legalReviewRate, (r) => ['legalReviewsDone', r.legalReviewsDone], (r) => ['legalReviewsRequired', r.legalReviewsRequired]),
    ratioColumn('seriousCaseReviewRate', (r: R) => r.seriousCaseReviewRate, (r) => ['seriousCasesReviewed', r.seriousCasesReviewed], (r) => ['seriousCases', r.seriousCases]),
    ratioColumn('nonSiteRate', (r: R) => r.nonSiteRate, (r) => ['nonSiteCases', r.nonSiteCases], (r) => ['cases', r.cases]),
    ratioColumn('enterpriseImpactRate', (r: R) => r.enterpriseImpactRate, (r) => ['enterpriseCasesAssessed', r.enterpriseCasesAssessed], (r) => ['enterpriseCases', r.enterpriseCases]),
  ];
  return [chart, tablePanel('compliance', rows, columns, { id: 'compliance', file: ctx.file('compliance'), wide: true, onRowClick: ctx.onDistrict })];
}

/** 投诉举报办理 (§3): complaints received in the year, how many were resolved or transferred, and how fast. */
export function complaintPanel(rows: Row<'complaints'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'complaints'>;
  const columns: Column<R>[] = [
    nameColumn(ctx.agencies),
    countColumn('received', (r: R) => r.received),
    countColumn('resolved', (r: R) => r.resolved),
    countColumn('complaintsTransferred', (r: R) => r.transferred),
    countColumn('open', (r: R) => r.open),
    ratioColumn('resolutionRate', (r: R) => r.resolutionRate, (r) => ['resolved', r.resolved], (r) => ['received', r.received]),
    ratioColumn('complaintTransferRate', (r: R) => r.complaintTransferRate, (r) => ['complaintsTransferred', r.transferred], (r) => ['received', r.received]),
    daysColumn('medianDaysToResolution', (r: R) => r.medianDaysToResolution),
  ];
  return tablePanel('complaintHandling', rows, columns, { id: 'complaints', file: ctx.file('complaints'), wide: true, onRowClick: ctx.onDistrict });
}

/** 问题线索移送纪检监察 (§3): the clues registered in the year, how many reached the discipline-inspection organs and came back with feedback. */
export function cluePanel(rows: Row<'clues'>[], ctx: PanelContext): HTMLElement {
  type R = Row<'clues'>;
  const columns: Column<R>[] = [
    nameColumn(ctx.agencies),
    countColumn('registered', (r: R) => r.registered),
    countColumn('cluesTransferred', (r: R) => r.transferred),
    countColumn('withFeedback', (r: R) => r.withFeedback),
    ratioColumn('clueTransferRate', (r: R) => r.clueTransferRate, (r) => ['cluesTransferred', r.transferred], (r) => ['registered', r.registered]),
    ratioColumn('clueFeedbackRate', (r: R) => r.clueFeedbackRate, (r) => ['withFeedback', r.withFeedback], (r) => ['cluesTransferred', r.transferred]),
    daysColumn('medianDaysToTransfer', (r: R) => r.medianDaysToTransfer),
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
  const halves = switchGroup('half', ([1, 2] as const).map((x) => ({ value: x, word: HALVES[x].word, attributes: { 'data-half': x } })), half, onHalf);
  return tablePanel('taskProgress', answer[HALVES[half].rows], columns, {
    id: 'task-progress', file: ctx.file(`task-progress-h${half}`), wide: true, tools: [halves], caption: t(HALVES[half].caption).replace('{year}', String(ctx.year)),
  });
}
