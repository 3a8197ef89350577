import { DIMENSIONS } from '../queries/scope.ts';
import { clue } from './facts/clue.fact.ts';
import { ratio } from './rate.ts';
import { defineView } from './view.ts';

const c = clue.measures;

export const clueTransferRate = ratio('clueTransferRate', {
  section: '§3', zh: '线索移送率', en: 'Share of registered clues transferred', numerator: [c.transferred], denominator: [c.registered],
  note: { zh: '按立案年度计：当年立案、次年移送的线索计入立案年度。', en: 'By the year of registration: a clue registered in one year and transferred the next counts in the first.' },
});
export const clueFeedbackRate = ratio('clueFeedbackRate', {
  section: '§3', zh: '移送线索反馈率', en: 'Share of transferred clues with feedback', numerator: [c.withFeedback], denominator: [c.transferred],
});

/** 问题线索移送纪检监察 (§3): registered, transferred, with feedback and the median days to transfer. */
export const clueView = defineView({
  query: 'clueTransfers',
  rowType: 'ClueTransferRow',
  zh: '问题线索移送纪检监察',
  en: 'Clue transfers to the discipline-inspection organs of a group of clues by the date of registration (domain.md §3); a clue\'s domains are its agency\'s',
  measures: [c.registered, c.transferred, c.withFeedback, c.medianDaysToTransfer],
  rates: [clueTransferRate, clueFeedbackRate],
  dimensions: DIMENSIONS,
});
