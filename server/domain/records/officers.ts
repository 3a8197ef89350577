import { CERTIFICATE_STATUSES } from '../enums.ts';
import { code, oneOf, text, uscc } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

/** Personal data beyond the name (ID number, phone) is not taken from files. */
export const OFFICER_FIELDS = ['officerNo', 'name', 'agencyCode', 'certificateNo', 'certificateStatus'] as const;

export const officerSchema = recordSchema({
  officerNo: code.required(),
  name: text(100).required(),
  agencyCode: uscc.required(),
  certificateNo: code.optional(),
  certificateStatus: oneOf(CERTIFICATE_STATUSES).orElse('VALID'),
});

export type OfficerRecord = RecordOf<typeof officerSchema>;
export const parseOfficerRow = rowParser(OFFICER_FIELDS, officerSchema);

export const officerRules: RecordRules<OfficerRecord> = {
  fields: OFFICER_FIELDS,
  key: ['officerNo'],
  required: ['officerNo', 'name', 'agencyCode'],
  parse: parseOfficerRow,
};
