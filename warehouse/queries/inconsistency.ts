import type { Warehouse } from '../client.ts';
import { labelFor, warehouseNames } from './labels.ts';
import { Bindings } from './scope.ts';

interface RegionMeanRow {
  violationItemCode: string;
  itemName: string | null;
  domainCode: string | null;
  band: string;
  regionCode: string;
  cases: number;
  meanFineYuan: number;
}

/**
 * Cross-district inconsistency (同案不同罚, §4.5): for each violation item and band decided in
 * `year`, the coefficient of variation (population standard deviation / mean) of the region
 * groups' mean fines, over regions with at least `minCases` such cases; null with fewer than
 * two regions (or a zero mean).
 */
export async function inconsistencyRows(warehouse: Warehouse, year: number, minCases: number) {
  const b = new Bindings();
  const sql = `
    with per_region as (
      select violation_item_code, band, group_code, count(*) as cases, avg(fine_yuan::double) as mean_fine
      from fct_penalty_case
      where year = ${b.value(year)}
      group by all
    ),
    items as (
      select violation_item_code, arg_max(item_name, valid_from) as item_name, arg_max(domain_code, valid_from) as domain_code
      from stg_standards group by all
    )
    select p.violation_item_code as "violationItemCode", i.item_name as "itemName", i.domain_code as "domainCode", p.band,
      p.group_code as "regionCode", p.cases, p.mean_fine as "meanFineYuan"
    from per_region p left join items i using (violation_item_code)
    order by 1, 3, 4`;
  const [rows, names] = await Promise.all([warehouse.query<RegionMeanRow>(sql, b.params, b.types), warehouseNames(warehouse)]);
  const groups = new Map<string, RegionMeanRow[]>();
  for (const row of rows) {
    const key = `${row.violationItemCode}\u0000${row.band}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((regionRows) => summarise(regionRows, year, minCases, names)).sort(byVariationDesc);
}

const regionKeys = (regionCode: string | null, domainCode: string | null, year: number | null) =>
  ({ regionCode, agencyCode: null, domainCode, year, quarter: null });

function summarise(regionRows: RegionMeanRow[], year: number, minCases: number, names: Awaited<ReturnType<typeof warehouseNames>>) {
  const qualifying = regionRows.filter((r) => r.cases >= minCases);
  const means = qualifying.map((r) => r.meanFineYuan);
  const mean = means.length ? means.reduce((a, v) => a + v, 0) / means.length : null;
  const stddev = mean === null ? null : Math.sqrt(means.reduce((a, v) => a + (v - mean) ** 2, 0) / means.length);
  const { violationItemCode, itemName, band, domainCode } = regionRows[0];
  const keys = regionKeys(null, domainCode, year);
  const labels = labelFor(keys, names);
  return {
    ...keys,
    ...labels,
    label: `${itemName ?? violationItemCode} · ${band} · ${labels.label}`,
    labelEn: `${violationItemCode} · ${band} · ${labels.labelEn}`,
    violationItemCode,
    itemName,
    band,
    regions: qualifying.length,
    cases: qualifying.reduce((a, r) => a + r.cases, 0),
    meanFineYuan: mean,
    stddevFineYuan: stddev,
    coefficientOfVariation: qualifying.length >= 2 && mean ? stddev! / mean : null,
    regionMeans: regionRows.map((r) => ({
      regionCode: r.regionCode,
      label: labelFor(regionKeys(r.regionCode, null, null), names).label,
      cases: r.cases,
      meanFineYuan: r.meanFineYuan,
      qualifies: r.cases >= minCases,
    })),
  };
}

const byVariationDesc = (a: { coefficientOfVariation: number | null; violationItemCode: string; band: string }, b: typeof a) =>
  (b.coefficientOfVariation ?? -1) - (a.coefficientOfVariation ?? -1) ||
  a.violationItemCode.localeCompare(b.violationItemCode) || a.band.localeCompare(b.band);
