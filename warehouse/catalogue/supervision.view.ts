import { DIMENSIONS } from '../queries/scope.ts';
import { agencyQuarter } from './facts/agency-quarter.fact.ts';
import { ratio } from './rate.ts';
import { defineView } from './view.ts';

const f = agencyQuarter.measures;

export const inspectionRate = ratio('inspectionRate', {
  section: '§4.1', zh: '双随机抽查完成率', en: 'Inspection rate rI', numerator: [f.inspectionsCompleted], denominator: [f.inspectionsPlanned],
});
export const exerciseRate = ratio('exerciseRate', {
  section: '§4.1', zh: '权责事项行使率', en: 'Item exercise rate rE', numerator: [f.itemsExercised], denominator: [f.itemsTotal],
});
export const timelinessRate = ratio('timelinessRate', {
  section: '§4.1', zh: '备案及时率', en: 'Filing timeliness rF', numerator: [f.filingsOnTime], denominator: [f.filingsDue],
  note: { zh: '缺报的季度算作迟报。', en: 'A missing filing counts as late.' },
});
export const overturnRate = ratio('overturnRate', {
  section: '§4.2', zh: '纠错败诉率', en: 'Overturn rate of reconsiderations and litigations',
  numerator: [f.reconsiderationsOverturned, f.litigationsLost], denominator: [f.reconsiderations, f.litigations],
});

/** 监管履行率 (§4.1); supervisionRate itself weighs these parts by the year's scheme (bespoke). */
export const supervisionView = defineView({
  query: 'supervisionRates',
  rowType: 'SupervisionRateRow',
  zh: '监管履行率',
  en: 'Supervision performance rate of a group of agency-quarters, as ratios of sums (domain.md §4.1)',
  measures: [
    f.inspectionsPlanned, f.inspectionsCompleted, f.itemsTotal, f.itemsExercised, f.filingsDue, f.filingsOnTime, f.filingsAccepted,
    f.reconsiderations, f.reconsiderationsOverturned, f.litigations, f.litigationsLost,
  ],
  rates: [inspectionRate, exerciseRate, timelinessRate, overturnRate],
  dimensions: DIMENSIONS,
});
