import { FILING_COUNT_FIELDS, type FilingCountField } from '../../db/tables/filings.ts';
import { count, quarter, timestamp, uscc, year, yuan } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const FILING_FIELDS = ['agencyCode', 'year', 'quarter', ...FILING_COUNT_FIELDS, 'finesTotalYuan', 'submittedAt'] as const;

// A blank figure is 0, as on the paper form; the whole filing is replaced on resubmission.
const figures = Object.fromEntries(FILING_COUNT_FIELDS.map((f) => [f, count.orElse(0)])) as
  Record<FilingCountField, ReturnType<typeof count.orElse>>;

export const filingSchema = recordSchema({
  agencyCode: uscc.required(),
  year: year.required(),
  quarter: quarter.required(),
  ...figures,
  finesTotalYuan: yuan.orElse('0'),
  submittedAt: timestamp.optional(),
}, (f, refuse) => {
  // The only ratio the plan bounds: inspectionsCompleted may exceed inspectionsPlanned (extra tasks).
  if (f.itemsExercised > f.itemsTotal) {
    refuse('itemsExercised', `must not exceed itemsTotal (${f.itemsExercised} > ${f.itemsTotal})`);
  }
});

export type FilingRecord = RecordOf<typeof filingSchema>;
export const parseFilingRow = rowParser(FILING_FIELDS, filingSchema);

export const filingRules: RecordRules<FilingRecord> = {
  fields: FILING_FIELDS,
  key: ['agencyCode', 'year', 'quarter'],
  required: ['agencyCode', 'year', 'quarter'],
  parse: parseFilingRow,
};
