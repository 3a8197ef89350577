import { AGENCY_KINDS, AGENCY_LEVELS } from '../enums.ts';
import { code, date, domainList, oneOf, text, uscc } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const AGENCY_FIELDS = ['agencyCode', 'name', 'regionCode', 'level', 'kind', 'domains', 'activeFrom', 'activeTo'] as const;

export const agencySchema = recordSchema({
  agencyCode: uscc.required(),
  name: text(200).required(),
  regionCode: code.required(),
  level: oneOf(AGENCY_LEVELS).required(),
  kind: oneOf(AGENCY_KINDS).required(),
  domains: domainList.required(),
  activeFrom: date.optional(),
  activeTo: date.optional(),
}, (a, refuse) => {
  if (a.activeFrom && a.activeTo && a.activeTo < a.activeFrom) refuse('activeTo', `must not be before activeFrom ${a.activeFrom}`);
});

export type AgencyRecord = RecordOf<typeof agencySchema>;
export const parseAgencyRow = rowParser(AGENCY_FIELDS, agencySchema);

export const agencyRules: RecordRules<AgencyRecord> = {
  fields: AGENCY_FIELDS,
  key: ['agencyCode'],
  required: ['agencyCode', 'name', 'regionCode', 'level', 'kind', 'domains'],
  parse: parseAgencyRow,
};
