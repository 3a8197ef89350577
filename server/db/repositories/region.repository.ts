import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { regions } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import type { Region } from '../../../schema/organisation/region.type.ts';
import type { RegionFilter, RegionOrderField } from '../../../schema/organisation/region.filter.ts';
import type { RegionInput } from '../../../schema/organisation/region.input.ts';
import type { FieldProblem } from '../../../schema/common/errors.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';

export const regionRepository = repository<typeof regions, Region, RegionFilter, RegionOrderField>({
  entity: 'region',
  table: regions,
  key: [regions.code],
  filters: { code: regions.code, name: regions.name, parentCode: regions.parentCode, type: regions.type },
  orders: { CODE: regions.code, NAME: regions.name, TYPE: regions.type },
  typeName: 'Region',
});

/** A parent that lies under the region itself would close a loop in the tree. */
async function cycleProblems(tx: Db, code: string, parentCode: string | null | undefined): Promise<FieldProblem[]> {
  if (parentCode === code) return []; // the record rules already refuse this simplest loop
  const seen = new Set<string>();
  for (let at = parentCode; at && !seen.has(at); ) {
    if (at === code) return [{ field: 'parentCode', reason: `${parentCode} lies under ${code}; a region cannot be its own ancestor` }];
    seen.add(at);
    const [row] = await tx.select({ parentCode: regions.parentCode }).from(regions).where(eq(regions.code, at));
    at = row?.parentCode;
  }
  return [];
}

export const upsertRegion = recordKind(KIND_TABLES.regions, regionRepository, {
  extra: (tx, input: RegionInput) => cycleProblems(tx, input.regionCode, input.parentCode),
});
