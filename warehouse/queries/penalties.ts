import type { Warehouse } from '../client.ts';
import { groupedQuery, withAllKeys, type GroupKeyValues } from './grouping.ts';
import { labelFor, warehouseNames } from './labels.ts';
import { rate } from './rates.ts';
import type { Dimension, FactColumns, Scope } from './scope.ts';

/** A penalty case's domain is its violation item's (via the discretion standard), not its agency's. */
export const PENALTY_COLUMNS: FactColumns = {
  agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year', quarter: 'quarter', domain: 'domain_code',
};

const MEASURES = `
  count(*) as "cases",
  coalesce(sum(f.fine_yuan), 0) as "finesTotalYuan",
  avg(f.fine_yuan::double) as "meanFineYuan",
  quantile_cont(f.fine_yuan::double, 0.5) as "medianFineYuan",
  quantile_cont(f.fine_yuan::double, 0.1) as "p10FineYuan",
  quantile_cont(f.fine_yuan::double, 0.9) as "p90FineYuan",
  min(f.fine_yuan) as "minFineYuan",
  max(f.fine_yuan) as "maxFineYuan",
  count(*) filter (where f.leniency = 'NONE') as "noLeniencyCases",
  count(*) filter (where f.out_of_band) as "outOfBandCases",
  count(*) filter (where f.leniency = 'NONE' and not f.has_standard) as "casesWithoutStandard",
  count(*) filter (where f.leniency <> 'NONE') as "leniencyCases",
  count(*) filter (where f.first_offence and f.band = 'MINOR') as "firstOffenceMinorCases",
  count(*) filter (where f.first_offence and f.band = 'MINOR' and f.leniency <> 'NONE') as "firstOffenceMinorLeniencyCases"`;

interface PenaltySums {
  cases: number;
  finesTotalYuan: string;
  meanFineYuan: number | null;
  medianFineYuan: number | null;
  p10FineYuan: number | null;
  p90FineYuan: number | null;
  minFineYuan: string | null;
  maxFineYuan: string | null;
  casesWithoutStandard: number;
  noLeniencyCases: number;
  outOfBandCases: number;
  leniencyCases: number;
  firstOffenceMinorCases: number;
  firstOffenceMinorLeniencyCases: number;
}

/** Penalty discretion (处罚裁量, domain.md §4.5) for each group of cases in scope. */
export async function penaltyDiscretionRows(warehouse: Warehouse, scope: Scope | null | undefined, groupBy: Dimension[]) {
  const q = groupedQuery({ from: 'fct_penalty_case', columns: PENALTY_COLUMNS, scope, groupBy, measures: MEASURES });
  const [rows, names] = await Promise.all([
    warehouse.query<Partial<GroupKeyValues> & PenaltySums>(q.sql, q.params, q.types),
    warehouseNames(warehouse),
  ]);
  return rows.map(withAllKeys).map((r) => ({
    ...r,
    ...labelFor(r, names),
    outOfBandRate: rate(r.outOfBandCases, r.noLeniencyCases),
    leniencyRate: rate(r.leniencyCases, r.cases),
    firstOffenceLeniencyRate: rate(r.firstOffenceMinorLeniencyCases, r.firstOffenceMinorCases),
  }));
}
