import type { Warehouse } from '../client.ts';
import { groupedQuery, withAllKeys, type GroupKeyValues } from './grouping.ts';
import type { Dimension, FactColumns, Scope } from './scope.ts';
import { rate, supervisionRate, type SupervisionWeights } from './rates.ts';
import { labelFor, warehouseNames } from './labels.ts';

export const AGENCY_QUARTER_COLUMNS: FactColumns = {
  agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year', quarter: 'quarter',
};

export interface SupervisionSums {
  inspectionsPlanned: number;
  inspectionsCompleted: number;
  itemsTotal: number;
  itemsExercised: number;
  filingsDue: number;
  filingsOnTime: number;
  filingsAccepted: number;
  reconsiderations: number;
  reconsiderationsOverturned: number;
  litigations: number;
  litigationsLost: number;
}

export const SUPERVISION_MEASURES = `
  coalesce(sum(f.inspections_planned), 0) as "inspectionsPlanned",
  coalesce(sum(f.inspections_completed_capped), 0) as "inspectionsCompleted",
  coalesce(sum(f.items_total), 0) as "itemsTotal",
  coalesce(sum(f.items_exercised), 0) as "itemsExercised",
  count(*) filter (where f.is_due) as "filingsDue",
  count(*) filter (where f.filed_on_time) as "filingsOnTime",
  count(*) filter (where f.has_filing) as "filingsAccepted",
  coalesce(sum(f.reconsiderations), 0) as "reconsiderations",
  coalesce(sum(f.reconsiderations_overturned), 0) as "reconsiderationsOverturned",
  coalesce(sum(f.litigations), 0) as "litigations",
  coalesce(sum(f.litigations_lost), 0) as "litigationsLost"`;

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
    inspection: rate(Number(s.inspectionsCompleted), Number(s.inspectionsPlanned)),
    exercise: rate(Number(s.itemsExercised), Number(s.itemsTotal)),
    timeliness: rate(Number(s.filingsOnTime), Number(s.filingsDue)),
  };
  return {
    inspectionRate: parts.inspection,
    exerciseRate: parts.exercise,
    timelinessRate: parts.timeliness,
    supervisionRate: supervisionRate(parts, weights),
    overturnRate: rate(
      Number(s.reconsiderationsOverturned) + Number(s.litigationsLost),
      Number(s.reconsiderations) + Number(s.litigations),
    ),
  };
}

/** Sums behind the supervision rates for each group of agency-quarters in scope. */
export async function supervisionSums(warehouse: Warehouse, scope: Scope | null | undefined, groupBy: Dimension[]) {
  const q = groupedQuery({ from: 'fct_agency_quarter', columns: AGENCY_QUARTER_COLUMNS, scope, groupBy, measures: SUPERVISION_MEASURES });
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
