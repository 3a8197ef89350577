import { regions } from '../tables/index.ts';
import type { Db } from '../client.ts';

export interface RegionGroups {
  /** The district-level group a region reports under (as dim_region: its nearest DISTRICT or ZONE, itself included; else itself). */
  groupOf(code: string): string;
  nameOf(code: string): string | null;
}

/** The REGION grouping of the warehouse worked out over the store's region tree (a few hundred rows at most). */
export async function regionGroups(db: Db): Promise<RegionGroups> {
  const rows = await db.select({ code: regions.code, name: regions.name, parentCode: regions.parentCode, type: regions.type }).from(regions);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const groups = new Map<string, string>();
  const groupOf = (code: string): string => {
    let group = groups.get(code);
    if (group !== undefined) return group;
    group = code;
    const seen = new Set<string>();
    for (let r = byCode.get(code); r && !seen.has(r.code); r = r.parentCode ? byCode.get(r.parentCode) : undefined) {
      seen.add(r.code);
      if (r.type === 'DISTRICT' || r.type === 'ZONE') { group = r.code; break; }
    }
    groups.set(code, group);
    return group;
  };
  return { groupOf, nameOf: (code) => byCode.get(code)?.name ?? null };
}
