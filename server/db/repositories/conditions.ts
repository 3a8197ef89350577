import { and, arrayContains, arrayOverlaps, gte, isNull, lte, not, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { agencies } from '../tables/index.ts';
import { columnConditions } from '../queries/filter-sql.ts';
import type { FilterOperators } from '../../../schema/common/filters.ts';
import { isoDate } from '../../../schema/common/scalars.ts';

/** A period [from, to] with open ends (null) that contains the given day: validity, activity. */
export function inForceOn(from: PgColumn, to: PgColumn, day: Date | string): SQL | undefined {
  const d = isoDate(day);
  return and(or(isNull(from), lte(from, d)), or(isNull(to), gte(to, d)));
}

/** An enum filter (eq / in / notIn) over an array column such as an agency's domains. */
export function arrayFilter(column: PgColumn, f: { eq?: string | null; in?: string[] | null; notIn?: string[] | null }) {
  return and(
    f.eq != null ? arrayContains(column, [f.eq]) : undefined,
    f.in != null ? arrayOverlaps(column, f.in) : undefined,
    f.notIn?.length ? not(arrayOverlaps(column, f.notIn)) : undefined,
  );
}

/** Rows whose agency lies in the regions the filter selects (filings, cases by district). */
export function agencyRegion(agencyColumn: PgColumn) {
  return (f: FilterOperators<unknown>) => {
    const regionWhere = and(...columnConditions(agencies.regionCode, f));
    return regionWhere && sql`${agencyColumn} in (select ${agencies.code} from ${agencies} where ${regionWhere})`;
  };
}
