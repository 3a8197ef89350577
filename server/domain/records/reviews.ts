import { code, score, text, uscc, year } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const REVIEW_FIELDS = ['agencyCode', 'year', 'caseNo', 'reviewer', 'score'] as const;

export const reviewSchema = recordSchema({
  agencyCode: uscc.required(),
  year: year.required(),
  caseNo: code.required(),
  reviewer: text(200).optional(),
  score: score.required(),
});

export type ReviewRecord = RecordOf<typeof reviewSchema>;
export const parseReviewRow = rowParser(REVIEW_FIELDS, reviewSchema);

export const reviewRules: RecordRules<ReviewRecord> = {
  fields: REVIEW_FIELDS,
  key: ['agencyCode', 'year', 'caseNo'],
  required: ['agencyCode', 'year', 'caseNo', 'score'],
  parse: parseReviewRow,
};
