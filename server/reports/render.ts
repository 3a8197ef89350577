import ExcelJS from 'exceljs';
import { csvLine } from '../csv/csv-cell.ts';
import type { EvaluationReport, RankingEntry } from './evaluation-report.ts';
import { ROBUSTNESS_STEP } from '../domain/evaluation-weights.ts';

const fixed = (value: number | null, digits = 2) => (value === null ? '' : value.toFixed(digits));
const percent = (value: number | null) => (value === null ? '' : `${(value * 100).toFixed(1)}%`);
const change = (value: number | null) => (value === null ? '–' : value > 0 ? `↑${value}` : value < 0 ? `↓${-value}` : '0');
const cityValue = (value: number | string | null) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : value ?? '');

const HEADERS = ['Rank 排名', 'Code 编码', 'Name 名称', 'Quality 执法质量', 'Supervision 监管履行率', 'Satisfaction 满意度', 'Composite 综合得分', 'Change 名次变化', 'Range 稳健性'];

/** §4.4 robustness: the best–worst rank over the neighbouring schemes; "=" when the rank holds in all of them. */
const range = (r: RankingEntry) => (r.bestRank === null || r.worstRank === null ? '' : r.bestRank === r.worstRank ? `= ${r.bestRank}` : `${r.bestRank}–${r.worstRank}`);

function rankingCells(r: RankingEntry): string[] {
  return [String(r.rank), r.code, r.label, fixed(r.quality), percent(r.supervisionRate), fixed(r.satisfaction), fixed(r.compositeRounded), change(r.rankChange), range(r)];
}

function incompleteCells(r: RankingEntry): string[] {
  return ['', r.code, r.label, fixed(r.quality), percent(r.supervisionRate), fixed(r.satisfaction), `missing: ${r.missing.join(', ')}`, '', ''];
}

export function renderMarkdown(report: EvaluationReport): string {
  const w = report.weights;
  const table = (rows: string[][]) => [
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');
  return [
    `# ${report.year}年度行政执法效能评价 — Efficiency evaluation ${report.year} (${report.level === 'REGION' ? '地区 regions' : '执法单位 agencies'})`,
    '',
    `Composite = ${w.quality}·quality + ${w.supervision}·(100·supervision rate) + ${w.satisfaction}·satisfaction` +
      `${w.isDefault ? ' (default scheme)' : ''}; rank by composite rounded to two decimals.`,
    `Range 稳健性: the best–worst rank when each weight moves by ±${ROBUSTNESS_STEP} (27 schemes); "= n": the rank holds in all of them.`,
    '',
    '## Ranking 排名',
    '',
    table(report.ranked.map(rankingCells)),
    '',
    '## Incomplete entries 数据不全',
    '',
    report.incomplete.length ? table(report.incomplete.map(incompleteCells)) : 'None.',
    '',
    '## City-level figures 全市情况',
    '',
    '| Figure | Value |',
    '|---|---|',
    ...report.city.map((c) => `| ${c.figure} | ${cityValue(c.value)} |`),
    '',
  ].join('\n');
}

export function renderCsv(report: EvaluationReport): string {
  const header = ['rank', 'code', 'name', 'quality', 'supervisionRate', 'satisfaction', 'composite', 'rankChange', 'incomplete', 'missing', 'bestRank', 'worstRank'];
  const rows = [...report.ranked, ...report.incomplete].map((r) => csvLine([
    r.rank ?? '', r.code, r.label, r.quality ?? '', r.supervisionRate ?? '', r.satisfaction ?? '', r.composite ?? '', r.rankChange ?? '', r.incomplete, r.missing.join(';'),
    r.bestRank ?? '', r.worstRank ?? '',
  ]));
  return '\uFEFF' + [header.join(','), ...rows].join('\n') + '\n';
}

export async function writeXlsx(report: EvaluationReport, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ranking = workbook.addWorksheet('Ranking 排名');
  ranking.addRow(HEADERS).font = { bold: true };
  for (const r of report.ranked) ranking.addRow([r.rank, r.code, r.label, r.quality, r.supervisionRate, r.satisfaction, r.compositeRounded, r.rankChange, range(r)]);
  ranking.getColumn(5).numFmt = '0.0%';
  ranking.columns.forEach((c) => { c.width = 18; });
  const incomplete = workbook.addWorksheet('Incomplete 数据不全');
  incomplete.addRow(['Code 编码', 'Name 名称', 'Missing 缺少']).font = { bold: true };
  for (const r of report.incomplete) incomplete.addRow([r.code, r.label, r.missing.join(', ')]);
  const city = workbook.addWorksheet('City 全市');
  for (const c of report.city) city.addRow([c.figure, c.value]);
  city.getColumn(1).width = 48;
  await workbook.xlsx.writeFile(file);
}
