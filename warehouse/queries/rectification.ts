import type { Warehouse } from '../client.ts';
import { groupedQuery, withAllKeys, type GroupKeyValues } from './grouping.ts';
import { labelFor, warehouseNames } from './labels.ts';
import { rate } from './rates.ts';
import { Bindings, type Dimension, type FactColumns, type Scope } from './scope.ts';

/** A problem's own region, agency and domain; YEAR and QUARTER are those of identifiedOn. */
const PROBLEM_COLUMNS: FactColumns = {
  agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year', quarter: 'quarter', domain: 'domain_code',
};

/**
 * Each problem identified on or before a snapshot date, with its status then (the
 * problem_status_at macro of warehouse/models/facts) and the date of its first RECTIFIED event.
 */
function snapshotSource(b: Bindings, dates: string[]): string {
  return `(
    select p.*, s.as_of,
      problem_status_at(p.problem_code, s.as_of) as status_at,
      (select min(e.status_on) from fct_problem_event e
        where e.problem_code = p.problem_code and e.recorded_status = 'RECTIFIED' and e.status_on <= s.as_of) as first_rectified_on
    from fct_problem p
    cross join (select cast(unnest(${b.textList(dates)}) as date) as as_of) s
    where p.identified_on <= s.as_of
  )`;
}

const MEASURES = `
  count(*) as "total",
  count(*) filter (where f.status_at in ('RECTIFIED', 'VERIFIED')) as "rectified",
  count(*) filter (where f.status_at = 'VERIFIED') as "verified",
  count(*) filter (where f.status_at not in ('RECTIFIED', 'VERIFIED') and f.deadline < f.as_of) as "overdue",
  quantile_cont(date_diff('day', f.identified_on, f.first_rectified_on), 0.5)
    filter (where f.status_at in ('RECTIFIED', 'VERIFIED')) as "medianDaysToRectify"`;

interface RectificationSums {
  asOf: string;
  total: number;
  rectified: number;
  verified: number;
  overdue: number;
  medianDaysToRectify: number | null;
}

/** Problem rectification (突出问题整治, §4.6) as of each date, grouped. */
export async function rectificationRows(warehouse: Warehouse, asOf: string[], scope: Scope | null | undefined, groupBy: Dimension[]) {
  const b = new Bindings();
  const q = groupedQuery({
    from: snapshotSource(b, asOf), columns: PROBLEM_COLUMNS, scope, groupBy, measures: MEASURES, bindings: b,
    leadingColumns: ['strftime(f.as_of, \'%Y-%m-%d\') as "asOf"'],
  });
  const [rows, names] = await Promise.all([
    warehouse.query<Partial<GroupKeyValues> & RectificationSums>(q.sql, q.params, q.types),
    warehouseNames(warehouse),
  ]);
  return withEmptySnapshots(rows, asOf, groupBy).map(withAllKeys).map((r) => ({
    ...r,
    ...labelFor(r, names),
    rectificationRate: rate(r.rectified, r.total),
    verificationRate: rate(r.verified, r.total),
  }));
}

/** Ungrouped, every snapshot date gets its row, with zeros when no problem existed yet. */
function withEmptySnapshots<T extends { asOf: string }>(rows: T[], asOf: string[], groupBy: Dimension[]): T[] {
  if (groupBy.length) return rows;
  const byDate = new Map(rows.map((r) => [r.asOf, r]));
  return asOf.map((date) => byDate.get(date) ?? ({ asOf: date, total: 0, rectified: 0, verified: 0, overdue: 0, medianDaysToRectify: null } as unknown as T));
}
