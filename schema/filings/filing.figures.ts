import { Field, Int } from 'type-graphql';
import { FILING_COUNT_FIELDS, type FilingCountField } from '../../server/db/tables/filings.ts';

/** The figures of a quarterly filing with the terms of the statistics form (行政执法案件统计信息). */
const FIGURES: Record<FilingCountField, string> = {
  licensingCount: 'Administrative licensing decisions (行政许可).',
  penaltyCount: 'Administrative penalty decisions (行政处罚).',
  compulsionCount: 'Administrative compulsory measures (行政强制).',
  inspectionCount: 'Administrative inspections (行政检查).',
  levyCount: 'Administrative levies (行政征收).',
  confirmationCount: 'Administrative confirmations (行政确认).',
  paymentCount: 'Administrative payments (行政给付).',
  awardCount: 'Administrative awards (行政奖励).',
  rulingCount: 'Administrative rulings (行政裁决).',
  otherCount: 'Other administrative acts.',
  inspectionsPlanned: 'Random inspection tasks planned (双随机抽查).',
  inspectionsCompleted: 'Random inspection tasks completed; may exceed the plan.',
  itemsTotal: 'Power items in force (权责清单事项).',
  itemsExercised: 'Power items exercised this quarter; at most itemsTotal.',
  legalReviewsRequired: 'Major decisions requiring legal review (重大执法决定法制审核).',
  legalReviewsDone: 'Major decisions legally reviewed.',
  disclosuresDue: 'Decisions due for disclosure (行政执法公示).',
  disclosuresOnTime: 'Decisions disclosed on time.',
  reconsiderations: 'Administrative reconsiderations (行政复议).',
  reconsiderationsOverturned: 'Reconsiderations that overturned the decision (纠错).',
  litigations: 'Administrative lawsuits (行政诉讼).',
  litigationsLost: 'Lawsuits lost (败诉).',
  complaintsReceived: 'Complaints and reports received (投诉举报).',
  complaintsResolved: 'Complaints and reports resolved.',
  nonSiteCases: 'Cases handled by non-site enforcement (非现场执法).',
};

/** The same figures appear on the Filing type and the FilingInput, so they are declared once here. */
export function declareFigures(target: Function, options: { nullable: boolean }): void {
  for (const field of FILING_COUNT_FIELDS) {
    Field(() => Int, { nullable: options.nullable, description: FIGURES[field] })(target.prototype, field);
  }
}
