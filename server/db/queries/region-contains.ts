import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

export interface RegionAgency {
  regionCode: string;
  agencyCode: string;
}

export const regionAgencyKey = (p: RegionAgency) => `${p.regionCode}|${p.agencyCode}`;

/** Why a record may not name this region with this agency (a problem's region must contain its agency). */
export const outsideRegionReason = (p: RegionAgency) =>
  `region ${p.regionCode} does not contain agency ${p.agencyCode}: the region must be the agency's own or one above it`;

/**
 * The pairs (as regionAgencyKey) whose agency lies outside the region: its region is neither the
 * given one nor under it. One statement for any number of pairs (the agency's region walked up).
 */
export async function agenciesOutsideRegion(tx: Pick<Db, 'execute'>, pairs: readonly RegionAgency[]): Promise<Set<string>> {
  if (!pairs.length) return new Set();
  const { rows } = await tx.execute(sql`
    with recursive pair(region_code, agency_code) as (
      select * from unnest(${sql.param(pairs.map((p) => p.regionCode))}::text[], ${sql.param(pairs.map((p) => p.agencyCode))}::text[])
    ), up(region_code, agency_code, code) as (
      select pair.region_code, pair.agency_code, a.region_code from pair join agencies a on a.code = pair.agency_code
      union
      select up.region_code, up.agency_code, r.parent_code from up join regions r on r.code = up.code where r.parent_code is not null
    )
    select region_code as "regionCode", agency_code as "agencyCode" from pair
    where not exists (select 1 from up where up.region_code = pair.region_code and up.agency_code = pair.agency_code and up.code = pair.region_code)`) as unknown as { rows: RegionAgency[] };
  return new Set(rows.map(regionAgencyKey));
}
