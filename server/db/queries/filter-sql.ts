import {
  and, eq, gt, gte, ilike, inArray, isNotNull, isNull, like, lt, lte, ne, notInArray, sql, type SQL,
} from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FilterOperators } from '../../../schema/common/filters.ts';
import { appError, ErrorCode } from '../../../schema/common/errors.ts';

/** Escapes LIKE wildcards so a user's search text matches literally (no injection through % or _). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Date filters arrive as Date objects; date columns compare as 'YYYY-MM-DD' text. */
function bindable(column: PgColumn, value: unknown): unknown {
  if (value instanceof Date && column.columnType === 'PgDateString') return value.toISOString().slice(0, 10);
  return value;
}

/**
 * The most values an `in` or `notIn` list may hold: each is a bound parameter, and PostgreSQL
 * refuses a statement with more than 65,535 of them (and a long list is a scan, not a lookup).
 */
export const MAX_FILTER_VALUES = 1_000;

function checkListSize(column: PgColumn, operator: string, values: readonly unknown[] | null | undefined): void {
  if (values && values.length > MAX_FILTER_VALUES) {
    throw appError(ErrorCode.BAD_USER_INPUT, `\`${operator}\` on ${column.name} lists ${values.length} values; at most ${MAX_FILTER_VALUES} are accepted`, { maxFilterValues: MAX_FILTER_VALUES });
  }
}

/** The SQL conditions of one filter input on one column. */
export function columnConditions(column: PgColumn, filter: FilterOperators<unknown>): SQL[] {
  checkListSize(column, 'in', filter.in);
  checkListSize(column, 'notIn', filter.notIn);
  const v = (value: unknown) => bindable(column, value);
  const out: SQL[] = [];
  if (filter.eq != null) out.push(eq(column, v(filter.eq)));
  if (filter.ne != null) out.push(ne(column, v(filter.ne)));
  if (filter.in != null) out.push(filter.in.length ? inArray(column, filter.in.map(v)) : sql`false`);
  if (filter.notIn != null && filter.notIn.length) out.push(notInArray(column, filter.notIn.map(v)));
  if (filter.lt != null) out.push(lt(column, v(filter.lt)));
  if (filter.lte != null) out.push(lte(column, v(filter.lte)));
  if (filter.gt != null) out.push(gt(column, v(filter.gt)));
  if (filter.gte != null) out.push(gte(column, v(filter.gte)));
  if (filter.contains != null) out.push(ilike(column, `%${likeLiteral(filter.contains)}%`));
  if (filter.startsWith != null) out.push(like(column, `${likeLiteral(filter.startsWith)}%`));
  if (filter.isNull != null) out.push(filter.isNull ? isNull(column) : isNotNull(column));
  return out;
}

/** Conditions of a whole filter object whose keys name columns; unknown keys are ignored by design. */
export function filterConditions(
  filter: Record<string, FilterOperators<unknown> | null | undefined> | null | undefined,
  columns: Record<string, PgColumn>,
): SQL | undefined {
  if (!filter) return undefined;
  const parts = Object.entries(filter).flatMap(([key, operators]) =>
    operators && columns[key] ? columnConditions(columns[key], operators) : [],
  );
  return parts.length ? and(...parts) : undefined;
}
