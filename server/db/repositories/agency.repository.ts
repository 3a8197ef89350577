import { eq } from 'drizzle-orm';
import { agencies, regions } from '../tables/index.ts';
import { parseAgencyRow } from '../../domain/records/agencies.ts';
import type { Agency } from '../../../schema/organisation/agency.type.ts';
import type { AgencyFilter, AgencyOrderField } from '../../../schema/organisation/agency.filter.ts';
import type { AgencyInput } from '../../../schema/organisation/agency.input.ts';
import { regionRepository } from './region.repository.ts';
import { repository, type Reader } from './repository.ts';
import { arrayFilter, inForceOn } from './conditions.ts';
import { audited, upsertRow, validRecord } from './write.ts';

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

export function upsertAgency(r: Reader, input: AgencyInput): Promise<Agency> {
  return audited(r, 'agency', 'update', async (tx) => {
    // The record rules read domains as the import's `;`-separated cell.
    const raw = { ...input, domains: input.domains.join(';') };
    const record = await validRecord(tx, parseAgencyRow, raw, [{ field: 'regionCode', column: regions.code, what: 'region' }]);
    const { agencyCode: code, ...rest } = record;
    const change = await upsertRow(tx, agencies, eq(agencies.code, code), { code, ...rest });
    return { entityKey: code, ...change };
  }).then((row) => agencyRepository.present(r.viewer, row));
}
