import { agencies } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import type { Agency } from '../../../schema/organisation/agency.type.ts';
import type { AgencyFilter, AgencyOrderField } from '../../../schema/organisation/agency.filter.ts';
import type { AgencyInput } from '../../../schema/organisation/agency.input.ts';
import { regionRepository } from './region.repository.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';
import { arrayFilter, inForceOn } from './conditions.ts';

export const agencyRepository = repository<typeof agencies, Agency, AgencyFilter, AgencyOrderField>({
  entity: 'agency',
  table: agencies,
  key: [agencies.code],
  filters: {
    code: agencies.code,
    name: agencies.name,
    regionCode: agencies.regionCode,
    level: agencies.level,
    kind: agencies.kind,
    domain: (f) => arrayFilter(agencies.domains, f),
    activeOn: (day) => inForceOn(agencies.activeFrom, agencies.activeTo, day),
  },
  orders: { CODE: agencies.code, NAME: agencies.name, REGION_CODE: agencies.regionCode, LEVEL: agencies.level, KIND: agencies.kind },
  typeName: 'Agency',
  references: [{ field: 'region', column: agencies.regionCode, target: () => regionRepository.joinable }],
});

// The record rules read domains as the import's `;`-separated cell.
export const upsertAgency = recordKind(KIND_TABLES.agencies, agencyRepository, {
  raw: (input: AgencyInput) => ({ ...input, domains: input.domains.join(';') }),
});
