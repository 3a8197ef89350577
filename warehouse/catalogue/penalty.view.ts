import { DIMENSIONS } from '../queries/scope.ts';
import { penaltyCase } from './facts/penalty-case.fact.ts';
import { ratio } from './rate.ts';
import { defineView } from './view.ts';

const c = penaltyCase.measures;

export const outOfBandRate = ratio('outOfBandRate', {
  section: '§4.5', zh: '超出裁量基准率', en: 'Out-of-band rate', numerator: [c.outOfBandCases], denominator: [c.noLeniencyCases],
  note: { zh: '适用决定日期有效的基准；无基准的案件计入分母、不算超出。', en: 'Against the standard in force on decidedOn; a case without one stays in the denominator and is never out of band.' },
});
export const leniencyRate = ratio('leniencyRate', {
  section: '§4.5', zh: '两轻两免适用率', en: 'Leniency rate', numerator: [c.leniencyCases], denominator: [c.cases],
});
export const firstOffenceLeniencyRate = ratio('firstOffenceLeniencyRate', {
  section: '§4.5', zh: '首违轻微从宽率', en: 'First-offence leniency rate (两轻两免 at work)', numerator: [c.firstOffenceMinorLeniencyCases], denominator: [c.firstOffenceMinorCases],
});

/** 处罚裁量 (§4.5); a case's domain is its violation item's. */
export const penaltyView = defineView({
  query: 'penaltyDiscretion',
  rowType: 'PenaltyDiscretionRow',
  zh: '处罚裁量',
  en: 'Penalty discretion of a group of penalty cases (domain.md §4.5); a case\'s domain is its violation item\'s',
  measures: [
    c.cases, c.finesTotalYuan, c.meanFineYuan, c.medianFineYuan, c.p10FineYuan, c.p90FineYuan, c.minFineYuan, c.maxFineYuan,
    c.noLeniencyCases, c.outOfBandCases, c.casesWithoutStandard, c.leniencyCases, c.firstOffenceMinorCases, c.firstOffenceMinorLeniencyCases,
  ],
  rates: [outOfBandRate, leniencyRate, firstOffenceLeniencyRate],
  dimensions: DIMENSIONS,
});
