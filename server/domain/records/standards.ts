import { BANDS } from '../enums.ts';
import { code, date, domain, oneOf, text, yuan } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const STANDARD_FIELDS = [
  'violationItemCode', 'band', 'validFrom', 'validTo', 'name', 'domain', 'legalBasis', 'minYuan', 'maxYuan',
] as const;

export const standardSchema = recordSchema({
  violationItemCode: code.required(),
  band: oneOf(BANDS).required(),
  validFrom: date.required(),
  validTo: date.optional(),
  name: text(500).required(),
  domain: domain.required(),
  legalBasis: text(2000).optional(),
  minYuan: yuan.required(),
  maxYuan: yuan.required(),
}, (s, refuse) => {
  if (Number(s.maxYuan) < Number(s.minYuan)) refuse('maxYuan', `must not be below minYuan ${s.minYuan}`);
  if (s.validTo && s.validTo < s.validFrom) refuse('validTo', `must not be before validFrom ${s.validFrom}`);
});

export type StandardRecord = RecordOf<typeof standardSchema>;
export const parseStandardRow = rowParser(STANDARD_FIELDS, standardSchema);

export const standardRules: RecordRules<StandardRecord> = {
  fields: STANDARD_FIELDS,
  key: ['violationItemCode', 'band', 'validFrom'],
  required: ['violationItemCode', 'band', 'validFrom', 'name', 'domain', 'minYuan', 'maxYuan'],
  parse: parseStandardRow,
};
