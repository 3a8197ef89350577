import { powerItems } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import type { PowerItem } from '../../../schema/workforce/power-item.type.ts';
import type { PowerItemFilter, PowerItemOrderField } from '../../../schema/workforce/power-item.filter.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';

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
export const recordPowerItem = recordKind(KIND_TABLES.powerItems, powerItemRepository);
