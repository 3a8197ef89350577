import { code, score, text, year } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const ASSESSMENT_FIELDS = ['officerNo', 'year', 'result', 'testScore'] as const;

/** 年度考核 (the result as the assessment records it: 优秀, 称职, …) and the 网上能力测试 score, if taken. */
export const assessmentSchema = recordSchema({
  officerNo: code.required(),
  year: year.required(),
  result: text(50).required(),
  testScore: score.optional(),
});

export type AssessmentRecord = RecordOf<typeof assessmentSchema>;
export const parseAssessmentRow = rowParser(ASSESSMENT_FIELDS, assessmentSchema);

export const assessmentRules: RecordRules<AssessmentRecord> = {
  fields: ASSESSMENT_FIELDS,
  key: ['officerNo', 'year'],
  required: ['officerNo', 'year', 'result'],
  parse: parseAssessmentRow,
};
