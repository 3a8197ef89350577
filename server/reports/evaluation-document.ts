import { ROBUSTNESS_STEP } from '../domain/evaluation-weights.ts';
import type { DocumentColumn, ReportDocument } from './document.ts';
import type { EvaluationReport, RankingEntry } from './evaluation-report.ts';

const CODE_NAME: DocumentColumn[] = [{ title: 'Code 编码' }, { title: 'Name 名称' }];
const COMPONENTS: DocumentColumn[] = [
  { title: 'Quality 执法质量', format: 'fixed2' }, { title: 'Supervision 监管履行率', format: 'percent' }, { title: 'Satisfaction 满意度', format: 'fixed2' },
];
const components = (r: RankingEntry) => [r.quality, r.supervisionRate, r.satisfaction];

/** §4.4 robustness: the best–worst rank over the neighbouring schemes; "= n" when the rank holds in all of them. */
const range = (r: RankingEntry) => (r.bestRank === null || r.worstRank === null ? '' : r.bestRank === r.worstRank ? `= ${r.bestRank}` : `${r.bestRank}–${r.worstRank}`);

const LEVEL_TITLE = { REGION: '地区 regions', AGENCY: '执法单位 agencies' } as const;

/** The yearly efficiency-evaluation report (效能评价) as a document. */
export function evaluationDocument(report: EvaluationReport): ReportDocument {
  const w = report.weights;
  return {
    title: `${report.year}年度行政执法效能评价 — Efficiency evaluation ${report.year} (${LEVEL_TITLE[report.level]})`,
    notes: [
      `Composite = ${w.quality}·quality + ${w.supervision}·(100·supervision rate) + ${w.satisfaction}·satisfaction` +
        `${w.isDefault ? ' (default scheme)' : ''}; rank by composite rounded to two decimals.`,
      `Range 稳健性: the best–worst rank when each weight moves by ±${ROBUSTNESS_STEP} (27 schemes); "= n": the rank holds in all of them.`,
    ],
    tables: [
      {
        title: 'Ranking 排名', sheet: 'Ranking 排名',
        columns: [{ title: 'Rank 排名' }, ...CODE_NAME, ...COMPONENTS, { title: 'Composite 综合得分', format: 'fixed2' }, { title: 'Change 名次变化', format: 'change' }, { title: 'Range 稳健性' }],
        rows: report.ranked.map((r) => [r.rank, r.code, r.label, ...components(r), r.compositeRounded, r.rankChange, range(r)]),
      },
      {
        title: 'Incomplete entries 数据不全', sheet: 'Incomplete 数据不全',
        columns: [...CODE_NAME, ...COMPONENTS, { title: 'Missing 缺少' }],
        rows: report.incomplete.map((r) => [r.code, r.label, ...components(r), r.missing.join(', ')]),
      },
      {
        title: 'City-level figures 全市情况', sheet: 'City 全市',
        columns: [{ title: 'Figure 指标' }, { title: 'Value 数值', format: 'figure' }],
        rows: report.city.map((c) => [c.figure, c.value]),
      },
    ],
    csv: {
      header: ['rank', 'code', 'name', 'quality', 'supervisionRate', 'satisfaction', 'composite', 'rankChange', 'incomplete', 'missing', 'bestRank', 'worstRank'],
      rows: [...report.ranked, ...report.incomplete].map((r) => [
        r.rank, r.code, r.label, ...components(r), r.composite, r.rankChange, r.incomplete, r.missing.join(';'), r.bestRank, r.worstRank,
      ]),
    },
  };
}
