import { PROBLEM_CATEGORIES, PROBLEM_SOURCES, PROBLEM_STATUSES } from '../enums.ts';
import { code, date, domain, oneOf, text, uscc } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

/** What the first row of a problem says about it; later rows are status events only. */
export const PROBLEM_DETAIL_FIELDS = [
  'regionCode', 'agencyCode', 'domain', 'category', 'description', 'source', 'identifiedOn', 'deadline',
] as const;
export const PROBLEM_FIELDS = ['problemCode', 'status', 'statusOn', 'note', ...PROBLEM_DETAIL_FIELDS] as const;
const REQUIRED_DETAILS = PROBLEM_DETAIL_FIELDS.filter((f) => f !== 'agencyCode');

export const problemEventSchema = recordSchema({
  problemCode: code.required(),
  status: oneOf(PROBLEM_STATUSES).required(),
  statusOn: date.required(),
  note: text(2000).optional(),
  regionCode: code.optional(),
  agencyCode: uscc.optional(),
  domain: domain.optional(),
  category: oneOf(PROBLEM_CATEGORIES).optional(),
  description: text(2000).optional(),
  source: oneOf(PROBLEM_SOURCES).optional(),
  identifiedOn: date.optional(),
  deadline: date.optional(),
}, (p, refuse) => {
  // Details come all together (a problem's first row) or not at all (a later event).
  const given = PROBLEM_DETAIL_FIELDS.filter((f) => p[f] !== null);
  if (given.length === 0) return;
  for (const f of REQUIRED_DETAILS) if (p[f] === null) refuse(f, 'is required on a row that describes the problem');
  if (p.identifiedOn && p.deadline && p.deadline < p.identifiedOn) refuse('deadline', `must not be before identifiedOn ${p.identifiedOn}`);
  if (p.identifiedOn && p.statusOn < p.identifiedOn) refuse('statusOn', `must not be before identifiedOn ${p.identifiedOn}`);
});

export type ProblemEventRecord = RecordOf<typeof problemEventSchema>;
type DetailField = (typeof PROBLEM_DETAIL_FIELDS)[number];
export type ProblemDetails = { [F in Exclude<DetailField, 'agencyCode'>]: NonNullable<ProblemEventRecord[F]> } & {
  agencyCode: string | null;
};
export const parseProblemRow = rowParser(PROBLEM_FIELDS, problemEventSchema);

/** The problem's details when the row carries them (validated complete by the schema). */
export function problemDetailsOf(row: ProblemEventRecord): ProblemDetails | null {
  if (row.identifiedOn === null) return null;
  return Object.fromEntries(PROBLEM_DETAIL_FIELDS.map((f) => [f, row[f]])) as ProblemDetails;
}

export const problemRules: RecordRules<ProblemEventRecord> = {
  fields: PROBLEM_FIELDS,
  key: ['problemCode', 'status', 'statusOn'],
  required: ['problemCode', 'status', 'statusOn'],
  parse: parseProblemRow,
};
