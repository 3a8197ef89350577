import { DIMENSIONS } from '../queries/scope.ts';
import { complaint } from './facts/complaint.fact.ts';
import { ratio } from './rate.ts';
import { defineView } from './view.ts';

const c = complaint.measures;

export const resolutionRate = ratio('resolutionRate', {
  section: '§3', zh: '投诉举报办结率', en: 'Complaint resolution rate', numerator: [c.resolved], denominator: [c.received],
  note: { zh: '按受理季度计；移送纪检监察的不算办结。', en: 'By the quarter of receipt; a complaint transferred to the discipline-inspection organs is not counted as resolved.' },
});
export const complaintTransferRate = ratio('complaintTransferRate', {
  section: '§3', zh: '投诉举报移送率', en: 'Share of complaints transferred to the discipline-inspection organs', numerator: [c.transferred], denominator: [c.received],
});

/** 投诉举报 (§3): received, resolved, transferred and the median days to resolution. */
export const complaintView = defineView({
  query: 'complaintHandling',
  rowType: 'ComplaintHandlingRow',
  zh: '投诉举报办理',
  en: 'Complaint handling of a group of complaints by the quarter of receipt (domain.md §3); a complaint\'s domains are its agency\'s',
  measures: [c.received, c.resolved, c.transferred, c.open, c.medianDaysToResolution],
  rates: [resolutionRate, complaintTransferRate],
  dimensions: DIMENSIONS,
});
