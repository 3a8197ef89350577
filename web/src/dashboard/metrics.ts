import { language, t, type WordKey } from './i18n.ts';
import { count, percent, type Count } from './format.ts';

/**
 * The definition of each figure of the page, as the metric dictionary (domain.md §4) gives it,
 * shown on hover with the figure's numerator and denominator.
 */
export const METRICS = {
  inspectionRate: { zh: '检查完成率 = 已完成检查 / 计划检查', en: 'inspections completed / inspections planned' },
  exerciseRate: { zh: '事项行使率 = 已行使事项 / 事项总数', en: 'power items exercised / power items in the list' },
  timelinessRate: { zh: '报送及时率 = 按时报送并通过的季报 / 应报季报', en: 'accepted filings on time / filings due' },
  supervisionRate: { zh: '监管履行率 = wI·检查完成率 + wE·事项行使率 + wT·报送及时率', en: 'wI·inspection rate + wE·exercise rate + wT·timeliness rate' },
  overturnRate: { zh: '纠错率 = (复议撤销变更 + 诉讼败诉) / (复议 + 诉讼)', en: '(reconsiderations overturned + litigations lost) / (reconsiderations + litigations)' },
  outOfBandRate: { zh: '超裁量基准率 = 罚款超出裁量基准的一般案件 / 未从轻减轻案件', en: 'cases fined outside the band range / cases without leniency' },
  leniencyRate: { zh: '从轻减轻率 = 从轻、减轻或不予处罚案件 / 案件数', en: 'cases with leniency / cases' },
  firstOffenceLeniencyRate: { zh: '首违不罚适用率 = 首次轻微违法从轻案件 / 首次轻微违法案件', en: 'first minor offences treated leniently / first minor offences' },
  rectificationRate: { zh: '整改率 = 已整改（含已核验）问题 / 问题总数', en: 'problems rectified (or verified) / problems identified' },
  trainingComplianceRate: { zh: '培训达标率 = 业务与法律培训均满 30 学时的持证人员 / 持证人员', en: 'certified officers with ≥ 30 business and ≥ 30 legal training hours / certified officers' },
  composite: { zh: '综合得分 = wQ·案卷质量 + wS·100·监管履行率 + wT·满意度', en: 'wQ·quality + wS·100·supervision rate + wT·satisfaction' },
  coefficientOfVariation: { zh: '变异系数 = 各地区平均罚款的标准差 / 其平均值', en: 'standard deviation of the districts’ mean fines / their mean' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MetricName = keyof typeof METRICS;

export const definition = (metric: MetricName): string => METRICS[metric][language()];

/** The hover text of a rate: its value, numerator and denominator (with their names), and its definition. */
export function ratioTip(metric: MetricName, rate: number | null, numerator: [WordKey, Count], denominator: [WordKey, Count]): string {
  return [
    `${percent(rate)} = ${count(numerator[1])} / ${count(denominator[1])}`,
    `${t('numerator')}: ${t(numerator[0])} ${count(numerator[1])}`,
    `${t('denominator')}: ${t(denominator[0])} ${count(denominator[1])}`,
    `${t('definition')}: ${definition(metric)}`,
  ].join('\n');
}

/** The hover text of a figure made of weighted parts: each part (with its weight when known) and the definition. */
export function partsTip(metric: MetricName, parts: Array<{ name: WordKey; text: string; weight?: number }>): string {
  return [
    ...parts.map((p) => `${t(p.name)} ${p.text}${p.weight === undefined ? '' : ` × ${p.weight}`}`),
    `${t('definition')}: ${definition(metric)}`,
  ].join('\n');
}
