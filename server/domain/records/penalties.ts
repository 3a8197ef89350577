import { BANDS, LENIENCIES, PARTY_TYPES } from '../enums.ts';
import { boolean, code, date, oneOf, uscc, yuan } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const PENALTY_FIELDS = [
  'agencyCode', 'caseNo', 'decidedOn', 'violationItemCode', 'partyType', 'band', 'leniency', 'firstOffence',
  'fineYuan', 'legalReview', 'disclosedOn', 'nonSite', 'enterpriseImpactAssessed',
  'fullProcessRecorded',
] as const;

export const penaltySchema = recordSchema({
  agencyCode: uscc.required(),
  caseNo: code.required(),
  decidedOn: date.required(),
  violationItemCode: code.required(),
  partyType: oneOf(PARTY_TYPES).orElse('OTHER'),
  band: oneOf(BANDS).required(),
  leniency: oneOf(LENIENCIES).orElse('NONE'),
  firstOffence: boolean.orElse(false),
  fineYuan: yuan.orElse('0'),
  legalReview: boolean.orElse(false),
  disclosedOn: date.optional(),
  nonSite: boolean.orElse(false),
  enterpriseImpactAssessed: boolean.orElse(false),
  fullProcessRecorded: boolean.optional(),
}, (p, refuse) => {
  if (p.disclosedOn && p.disclosedOn < p.decidedOn) refuse('disclosedOn', `must not be before decidedOn ${p.decidedOn}`);
});

export type PenaltyRecord = RecordOf<typeof penaltySchema>;
export const parsePenaltyRow = rowParser(PENALTY_FIELDS, penaltySchema);

export const penaltyRules: RecordRules<PenaltyRecord> = {
  fields: PENALTY_FIELDS,
  key: ['agencyCode', 'caseNo'],
  required: ['agencyCode', 'caseNo', 'decidedOn', 'violationItemCode', 'band'],
  parse: parsePenaltyRow,
};
