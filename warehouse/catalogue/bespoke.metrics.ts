import type { Dimension } from '../queries/scope.ts';
import type { Bilingual } from './measure.ts';

/**
 * Metrics computed by hand-written code rather than from measures of the catalogue: a ratio
 * with weights that vary by year (supervisionRate), a per-entity pooling and ranking (§4.4),
 * an as-of snapshot (§4.6), distributions and the inconsistency CV. Their shapes do not fit
 * "Σ measure / Σ measure per group", so they are described here, once, for the dictionary.
 */
export interface BespokeMetric extends Bilingual {
  name: string;
  section: string;
  formula: string;
  numerator: string[];
  denominator: string[];
  queries: string[];
  dimensions: readonly Dimension[];
  note?: Bilingual;
}

const ALL: readonly Dimension[] = ['REGION', 'AGENCY', 'DOMAIN', 'YEAR', 'QUARTER'];
const LEVELS: readonly Dimension[] = ['REGION', 'AGENCY'];

export const BESPOKE_METRICS: BespokeMetric[] = [
  {
    name: 'supervisionRate', section: '§4.1', zh: '监管履行率', en: 'Supervision performance rate',
    formula: '(wI·inspectionRate + wE·exerciseRate + wF·timelinessRate) / Σ weights of the non-null parts',
    numerator: ['inspectionRate', 'exerciseRate', 'timelinessRate'], denominator: [], queries: ['supervisionRates', 'evaluationRanking'], dimensions: ALL,
    note: { zh: '权重：参数 weights，否则为该年度评价方案，否则 0.4/0.4/0.2；各部分均为空时为空。', en: 'Weights: the weights argument, else the scheme of the row\'s year, else the defaults; null when every part is null.' },
  },
  {
    name: 'quality', section: '§4.2', zh: '执法质量', en: 'Enforcement quality: mean case-file review score',
    formula: 'mean score over the reviews of the year (a region pools its agencies\' reviews)', numerator: ['score'], denominator: ['reviews'],
    queries: ['evaluationRanking'], dimensions: LEVELS,
  },
  {
    name: 'satisfaction', section: '§4.3', zh: '社会满意度', en: 'Social satisfaction',
    formula: 'Σ(score × respondents) / Σ respondents', numerator: ['score × respondents'], denominator: ['respondents'],
    queries: ['evaluationRanking'], dimensions: LEVELS,
    note: { zh: '地区汇总其自身、下级地区及其单位的调查。', en: 'A region pools its own surveys, its sub-regions\' and its agencies\'.' },
  },
  {
    name: 'composite', section: '§4.4', zh: '效能评价综合得分', en: 'Efficiency evaluation composite',
    formula: 'wQ·quality + wS·100·supervisionRate + wT·satisfaction (not divided by the weight sum)', numerator: ['quality', 'supervisionRate', 'satisfaction'], denominator: [],
    queries: ['evaluationRanking'], dimensions: LEVELS,
    note: { zh: '按保留两位小数（四舍五入）的得分排名，并列同名次（1, 2, 2, 4）；缺项者不排名。', en: 'Ranked by the composite rounded half up to two decimals, competition ranking (1, 2, 2, 4); incomplete entries are not ranked.' },
  },
  {
    name: 'bestRank', section: '§4.4', zh: '排名稳健性（最好/最差名次）', en: 'Rank robustness: best and worst rank (worstRank likewise)',
    formula: 'min (max) rank over the 27 schemes with each weight moved by −0.05, 0, +0.05 (below 0 → 0, not renormalised)', numerator: ['composite'], denominator: [],
    queries: ['evaluationRanking'], dimensions: LEVELS,
  },
  {
    name: 'rectificationRate', section: '§4.6', zh: '整改率', en: 'Rectification rate as of a date',
    formula: 'rectified / total (status at asOf: RECTIFIED or VERIFIED)', numerator: ['rectified'], denominator: ['total'],
    queries: ['rectificationProgress', 'rectificationBurndown'], dimensions: ALL,
  },
  {
    name: 'verificationRate', section: '§4.6', zh: '销号率', en: 'Verification rate as of a date',
    formula: 'verified / total', numerator: ['verified'], denominator: ['total'],
    queries: ['rectificationProgress', 'rectificationBurndown'], dimensions: ALL,
  },
  {
    name: 'medianDaysToRectify', section: '§4.6', zh: '整改天数中位数', en: 'Median days to rectify',
    formula: 'median of (first RECTIFIED event − identifiedOn) over rectified problems', numerator: [], denominator: [],
    queries: ['rectificationProgress'], dimensions: ALL,
  },
  {
    name: 'medianFineYuan', section: '§4.5', zh: '罚款中位数', en: 'Median fine (p10FineYuan, p90FineYuan likewise)',
    formula: 'linear interpolation, as a spreadsheet\'s MEDIAN and PERCENTILE.INC', numerator: [], denominator: [],
    queries: ['penaltyDiscretion'], dimensions: ALL,
  },
  {
    name: 'medianDaysToResolution', section: '§3', zh: '投诉举报办结天数中位数', en: 'Median days to resolve a complaint',
    formula: 'median of (resolvedAt − receivedAt) in calendar days (Asia/Shanghai) over the RESOLVED complaints, linear interpolation', numerator: [], denominator: [],
    queries: ['complaintHandling'], dimensions: ALL,
    note: { zh: '未办结或移送纪检监察的投诉不计入。', en: 'Complaints not yet resolved, or transferred instead, are left out.' },
  },
  {
    name: 'medianDaysToTransfer', section: '§3', zh: '线索立案至移送天数中位数', en: 'Median days from registering a clue to its transfer',
    formula: 'median of (TRANSFERRED stepOn − REGISTERED stepOn) over the transferred clues, linear interpolation', numerator: [], denominator: [],
    queries: ['clueTransfers'], dimensions: ALL,
    note: { zh: '按立案年度计；尚未移送的线索不计入。', en: 'By the year of registration; clues not yet transferred are left out.' },
  },
  {
    name: 'coefficientOfVariation', section: '§4.5', zh: '同案不同罚离散系数', en: 'Cross-district inconsistency',
    formula: 'population standard deviation / mean of the region groups\' mean fines, over regions with ≥ minCases cases', numerator: ['stddevFineYuan'], denominator: ['meanFineYuan'],
    queries: ['discretionInconsistency'], dimensions: [],
    note: { zh: '少于 2 个地区或均值为 0 时为空。', en: 'Null with fewer than 2 regions or a zero mean.' },
  },
];
