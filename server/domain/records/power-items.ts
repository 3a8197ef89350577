import { code, domain, text, uscc } from './fields.ts';
import { recordSchema, rowParser, type RecordOf, type RecordRules } from './record.ts';

export const POWER_ITEM_FIELDS = ['agencyCode', 'itemCode', 'name', 'domain', 'actionType'] as const;

/**
 * 权责清单事项. The kind of action is kept as the list writes it (行政许可, 行政处罚, …): lists
 * differ in how they name and split their kinds, and no figure is computed from it.
 */
export const powerItemSchema = recordSchema({
  agencyCode: uscc.required(),
  itemCode: code.required(),
  name: text(500).required(),
  domain: domain.required(),
  actionType: text(50).required(),
});

export type PowerItemRecord = RecordOf<typeof powerItemSchema>;
export const parsePowerItemRow = rowParser(POWER_ITEM_FIELDS, powerItemSchema);

export const powerItemRules: RecordRules<PowerItemRecord> = {
  fields: POWER_ITEM_FIELDS,
  key: ['agencyCode', 'itemCode'],
  required: ['agencyCode', 'itemCode', 'name', 'domain', 'actionType'],
  parse: parsePowerItemRow,
};
