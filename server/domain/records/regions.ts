import { REGION_TYPES } from '../enums.ts';
import { code, oneOf, text } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const REGION_FIELDS = ['regionCode', 'name', 'parentCode', 'type'] as const;

export const regionSchema = recordSchema({
  regionCode: code.required(),
  name: text(200).required(),
  parentCode: code.optional(),
  type: oneOf(REGION_TYPES).required(),
}, (r, refuse) => {
  if (r.parentCode === r.regionCode) refuse('parentCode', 'must not be the region itself');
});

export type RegionRecord = RecordOf<typeof regionSchema>;
export const parseRegionRow = rowParser(REGION_FIELDS, regionSchema);

export const regionRules: RecordRules<RegionRecord> = {
  fields: REGION_FIELDS,
  key: ['regionCode'],
  required: ['regionCode', 'name', 'type'],
  parse: parseRegionRow,
};
