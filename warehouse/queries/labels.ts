import type { Warehouse } from '../client.ts';
import type { GroupKeyValues } from './grouping.ts';

interface Names {
  regions: Map<string, string>;
  agencies: Map<string, string>;
  domains: Map<string, { zh: string; en: string }>;
}

const cache = new WeakMap<Warehouse, { fileId: string | null; names: Promise<Names> }>();

/** Display names of regions, agencies and domains, read once per warehouse generation. */
export function warehouseNames(warehouse: Warehouse): Promise<Names> {
  const fileId = warehouse.fileId();
  const hit = cache.get(warehouse);
  if (hit && hit.fileId === fileId) return hit.names;
  const names = (async () => {
    const [regions, agencies, domains] = await Promise.all([
      // A city's own group holds its city-level agencies: 市直.
      warehouse.query<{ code: string; name: string }>(
        `select region_code as code, region_name || case when region_type = 'CITY' then '（市直）' else '' end as name from dim_region`,
      ),
      warehouse.query<{ code: string; name: string }>('select agency_code as code, agency_name as name from dim_agency'),
      warehouse.query<{ code: string; zh: string; en: string }>('select domain_code as code, name_zh as zh, name_en as en from dim_domain'),
    ]);
    return {
      regions: new Map(regions.map((r) => [r.code, r.name])),
      agencies: new Map(agencies.map((a) => [a.code, a.name])),
      domains: new Map(domains.map((d) => [d.code, { zh: d.zh, en: d.en }])),
    };
  })();
  cache.set(warehouse, { fileId, names });
  return names;
}

export interface Labels {
  label: string;
  labelEn: string;
  regionName: string | null;
  agencyName: string | null;
  domainName: string | null;
}

/** A row's display label from its group keys, in Chinese (label) and English (labelEn). */
export function labelFor(keys: GroupKeyValues, names: Names): Labels {
  const regionName = keys.regionCode ? names.regions.get(keys.regionCode) ?? keys.regionCode : null;
  const agencyName = keys.agencyCode ? names.agencies.get(keys.agencyCode) ?? keys.agencyCode : null;
  const domain = keys.domainCode ? names.domains.get(keys.domainCode) : undefined;
  const zh: string[] = [];
  const en: string[] = [];
  if (regionName) {
    zh.push(regionName);
    en.push(`${regionName} (${keys.regionCode})`);
  }
  if (agencyName) {
    zh.push(agencyName);
    en.push(`${agencyName} (${keys.agencyCode})`);
  }
  if (keys.domainCode) {
    zh.push(domain?.zh ?? keys.domainCode);
    en.push(domain?.en ?? keys.domainCode);
  }
  if (keys.year !== null && keys.quarter !== null) {
    zh.push(`${keys.year}年第${keys.quarter}季度`);
    en.push(`${keys.year} Q${keys.quarter}`);
  } else if (keys.year !== null) {
    zh.push(`${keys.year}年`);
    en.push(String(keys.year));
  } else if (keys.quarter !== null) {
    zh.push(`第${keys.quarter}季度`);
    en.push(`Q${keys.quarter}`);
  }
  return {
    label: zh.length ? zh.join(' · ') : '全部',
    labelEn: en.length ? en.join(' · ') : 'All',
    regionName,
    agencyName,
    domainName: domain?.zh ?? null,
  };
}
