import { PROGRESS_STATUSES } from '../enums.ts';
import { code, half, oneOf, percent, text, timestamp, year } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const PROGRESS_REPORT_FIELDS = ['taskCode', 'unitCode', 'year', 'half', 'progress', 'status', 'summary', 'submittedAt'] as const;

export const progressReportSchema = recordSchema({
  taskCode: code.required(),
  /** An agency's 统一社会信用代码 or a region code: whichever the store knows decides. */
  unitCode: code.required(),
  year: year.required(),
  half: half.required(),
  progress: percent.required(),
  status: oneOf(PROGRESS_STATUSES).required(),
  summary: text(2000).optional(),
  submittedAt: timestamp.optional(),
});

export type ProgressReportRecord = RecordOf<typeof progressReportSchema>;
export const parseProgressReportRow = rowParser(PROGRESS_REPORT_FIELDS, progressReportSchema);

export const progressReportRules: RecordRules<ProgressReportRecord> = {
  fields: PROGRESS_REPORT_FIELDS,
  key: ['unitCode', 'taskCode', 'year', 'half'],
  required: ['taskCode', 'unitCode', 'year', 'half', 'progress', 'status'],
  parse: parseProgressReportRow,
};
