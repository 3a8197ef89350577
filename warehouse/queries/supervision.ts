import type { Warehouse } from '../client.ts';
import { groupedQuery, withAllKeys, type GroupKeyValues } from './grouping.ts';
import type { Dimension, Scope } from './scope.ts';
import { agencyQuarter } from '../catalogue/facts/agency-quarter.fact.ts';
import { supervisionRate, type SupervisionWeights } from './rates.ts';
import { rateOf } from '../catalogue/rate.ts';
import { selectList } from '../catalogue/select-list.ts';
import type { MeasureValues } from '../catalogue/view.ts';
import { exerciseRate, inspectionRate, overturnRate, supervisionView, timelinessRate } from '../catalogue/supervision.view.ts';
import { labelFor, warehouseNames } from './labels.ts';


export type SupervisionSums = MeasureValues<typeof supervisionView.measures>;

export const SUPERVISION_MEASURES = selectList(supervisionView.measures);

export interface SupervisionRates {
  inspectionRate: number | null;
  exerciseRate: number | null;
  timelinessRate: number | null;
  supervisionRate: number | null;
  overturnRate: number | null;
}

/** §4.1 and the overturn rate of §4.2, from the sums of a group. */
export function supervisionRates(s: SupervisionSums, weights: SupervisionWeights): SupervisionRates {
  const parts = {
    inspection: rateOf(inspectionRate, s),
    exercise: rateOf(exerciseRate, s),
    timeliness: rateOf(timelinessRate, s),
  };
  return {
    inspectionRate: parts.inspection,
    exerciseRate: parts.exercise,
    timelinessRate: parts.timeliness,
    supervisionRate: supervisionRate(parts, weights),
    overturnRate: rateOf(overturnRate, s),
  };
}

/** Sums behind the supervision rates for each group of agency-quarters in scope. */
export async function supervisionSums(warehouse: Warehouse, scope: Scope | null | undefined, groupBy: Dimension[]) {
  const q = groupedQuery({ from: agencyQuarter.table, columns: agencyQuarter.columns, scope, groupBy, measures: SUPERVISION_MEASURES });
  const rows = await warehouse.query<Partial<GroupKeyValues> & SupervisionSums>(q.sql, q.params, q.types);
  return rows.map(withAllKeys);
}

/** Supervision rows with rates and labels; `weightsFor` picks the weights of a row's year. */
export async function supervisionRows(
  warehouse: Warehouse,
  scope: Scope | null | undefined,
  groupBy: Dimension[],
  weightsFor: (year: number | null) => SupervisionWeights,
) {
  const [sums, names] = await Promise.all([supervisionSums(warehouse, scope, groupBy), warehouseNames(warehouse)]);
  const singleYear = scope?.years?.length === 1 ? scope.years[0] : null;
  return sums.map((s) => {
    const weights = weightsFor(s.year ?? singleYear);
    return {
      ...s,
      ...labelFor(s, names),
      ...supervisionRates(s, weights),
      inspectionWeight: weights.inspection,
      exerciseWeight: weights.exercise,
      timelinessWeight: weights.timeliness,
    };
  });
}
