import { CLUE_SOURCES, CLUE_STEPS } from '../enums.ts';
import { code, date, oneOf, text, uscc } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

/** What the first row of a clue says about it; later rows are procedure steps only. */
export const CLUE_DETAIL_FIELDS = ['agencyCode', 'source', 'complaintNo', 'problemCode', 'summary'] as const;
/** What a step records beyond its date: the transfer's organ and document, the feedback's outcome. */
export const CLUE_STEP_DETAILS = { receivingOrgan: 'TRANSFERRED', documentNo: 'TRANSFERRED', outcome: 'FEEDBACK' } as const;
export const CLUE_FIELDS = ['clueCode', 'step', 'stepOn', ...CLUE_DETAIL_FIELDS, ...Object.keys(CLUE_STEP_DETAILS) as Array<keyof typeof CLUE_STEP_DETAILS>] as const;

/** The record each source points at. */
const SOURCE_RECORD = { COMPLAINT: 'complaintNo', PROBLEM: 'problemCode', SUPERVISION: null } as const;

export const clueStepSchema = recordSchema({
  clueCode: code.required(),
  step: oneOf(CLUE_STEPS).required(),
  stepOn: date.required(),
  agencyCode: uscc.optional(),
  source: oneOf(CLUE_SOURCES).optional(),
  complaintNo: code.optional(),
  problemCode: code.optional(),
  summary: text(2000).optional(),
  receivingOrgan: text(200).optional(),
  documentNo: text(100).optional(),
  outcome: text(2000).optional(),
}, (c, refuse) => {
  for (const [field, step] of Object.entries(CLUE_STEP_DETAILS) as Array<[keyof typeof CLUE_STEP_DETAILS, string]>) {
    if (c.step === step && c[field] === null) refuse(field, `is required on a ${step} step`);
    if (c.step !== step && c[field] !== null) refuse(field, `is given only on a ${step} step`);
  }
  // Details come all together (a clue's first row) or not at all (a later step).
  if (CLUE_DETAIL_FIELDS.every((f) => c[f] === null)) return;
  for (const f of ['agencyCode', 'source', 'summary'] as const) if (c[f] === null) refuse(f, 'is required on a row that describes the clue');
  if (!c.source) return;
  for (const field of ['complaintNo', 'problemCode'] as const) {
    const wanted = SOURCE_RECORD[c.source] === field;
    if (wanted && c[field] === null) refuse(field, `is required for a clue from a ${c.source}`);
    if (!wanted && c[field] !== null) refuse(field, `is given only for a clue from a ${field === 'complaintNo' ? 'COMPLAINT' : 'PROBLEM'}`);
  }
});

export type ClueStepRecord = RecordOf<typeof clueStepSchema>;
export type ClueDetails = Pick<ClueStepRecord, 'complaintNo' | 'problemCode'> & {
  [F in 'agencyCode' | 'source' | 'summary']: NonNullable<ClueStepRecord[F]>;
};
export const parseClueRow = rowParser(CLUE_FIELDS, clueStepSchema);

/** The clue's details when the row carries them (validated complete by the schema). */
export function clueDetailsOf(row: ClueStepRecord): ClueDetails | null {
  if (row.source === null) return null;
  return Object.fromEntries(CLUE_DETAIL_FIELDS.map((f) => [f, row[f]])) as ClueDetails;
}

export const clueRules: RecordRules<ClueStepRecord> = {
  fields: CLUE_FIELDS,
  key: ['clueCode', 'step', 'stepOn'],
  required: ['clueCode', 'step', 'stepOn'],
  parse: parseClueRow,
};
