import { z } from 'zod';
import { FILING_COUNT_FIELDS, type FilingCountField } from '../../db/tables/filings.ts';
import { count, quarter, timestamp, uscc, year, yuan } from './fields.ts';
import { refuse, rowParser, type RecordRules } from './record.ts';

export const FILING_FIELDS = ['agencyCode', 'year', 'quarter', ...FILING_COUNT_FIELDS, 'finesTotalYuan', 'submittedAt'] as const;

// A blank figure is 0, as on the paper form; the whole filing is replaced on resubmission.
const figures = Object.fromEntries(FILING_COUNT_FIELDS.map((f) => [f, count.orElse(0)])) as
  Record<FilingCountField, ReturnType<typeof count.orElse>>;

/** Pairs where the second figure is part of the first (inspectionsCompleted may exceed planned). */
const PARTS_OF_WHOLE: Array<[whole: FilingCountField, part: FilingCountField]> = [
  ['itemsTotal', 'itemsExercised'],
  ['legalReviewsRequired', 'legalReviewsDone'],
  ['disclosuresDue', 'disclosuresOnTime'],
  ['reconsiderations', 'reconsiderationsOverturned'],
  ['litigations', 'litigationsLost'],
  ['complaintsReceived', 'complaintsResolved'],
];

export const filingSchema = z.object({
  agencyCode: uscc.required(),
  year: year.required(),
  quarter: quarter.required(),
  ...figures,
  finesTotalYuan: yuan.orElse('0'),
  submittedAt: timestamp.optional(),
}).superRefine((f, ctx) => {
  for (const [whole, part] of PARTS_OF_WHOLE) {
    if (f[part] > f[whole]) refuse(ctx, part, `must not exceed ${whole} (${f[part]} > ${f[whole]})`);
  }
});

export type FilingRecord = z.output<typeof filingSchema>;
export const parseFilingRow = rowParser(filingSchema);

export const filingRules: RecordRules<FilingRecord> = {
  fields: FILING_FIELDS,
  key: ['agencyCode', 'year', 'quarter'],
  required: ['agencyCode', 'year', 'quarter'],
  parse: parseFilingRow,
};
