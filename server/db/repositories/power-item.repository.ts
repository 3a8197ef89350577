import { and, eq } from 'drizzle-orm';
import { agencies, powerItems } from '../tables/index.ts';
import { parsePowerItemRow } from '../../domain/records/power-items.ts';
import type { PowerItem } from '../../../schema/workforce/power-item.type.ts';
import type { PowerItemFilter, PowerItemOrderField } from '../../../schema/workforce/power-item.filter.ts';
import type { PowerItemInput } from '../../../schema/workforce/power-item.input.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { audited, upsertRow, validRecord } from './write.ts';

export const powerItemRepository = repository<typeof powerItems, PowerItem, PowerItemFilter, PowerItemOrderField>({
  entity: 'powerItem',
  table: powerItems,
  key: [powerItems.agencyCode, powerItems.itemCode],
  filters: {
    agencyCode: powerItems.agencyCode, itemCode: powerItems.itemCode, name: powerItems.name,
    domain: powerItems.domain, actionType: powerItems.actionType,
  },
  orders: { AGENCY_CODE: powerItems.agencyCode, ITEM_CODE: powerItems.itemCode, NAME: powerItems.name, DOMAIN: powerItems.domain },
  typeName: 'PowerItem',
  references: [{ field: 'agency', column: powerItems.agencyCode, target: () => agencyRepository.joinable }],
});

/** Records (or replaces) one item of an agency's list with the rules of a powerItems file row. */
export function recordPowerItem(r: Reader, input: PowerItemInput): Promise<PowerItem> {
  return audited(r, 'powerItem', 'update', async (tx, scope) => {
    await scope.claim({ agencyCode: input.agencyCode }, `${input.agencyCode}/${input.itemCode}`);
    const agencyRef = { field: 'agencyCode', column: agencies.code, what: 'agency' };
    const record = await validRecord(tx, parsePowerItemRow, { ...input }, [agencyRef]);
    const p = powerItems;
    const change = await upsertRow(tx, p, and(eq(p.agencyCode, record.agencyCode), eq(p.itemCode, record.itemCode))!, record);
    return { entityKey: `${record.agencyCode}/${record.itemCode}`, ...change };
  }).then((row) => powerItemRepository.present(r.viewer, row));
}
