import { and, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { appError, ErrorCode } from '../../../schema/common/errors.ts';

/** One term of a page's ordering: a column and its direction (PostgreSQL: NULLs last ascending, first descending). */
export interface OrderTerm {
  column: PgColumn;
  direction: 'ASC' | 'DESC';
}

/** Longer cursors are refused unread: a real one holds a few ordering values and the key. */
export const MAX_CURSOR_LENGTH = 1_024;

const invalidCursor = (reason: string) => appError(ErrorCode.BAD_USER_INPUT, `invalid cursor: ${reason}`);

/** Which ordering a cursor belongs to: a cursor of another ordering (or entity) is refused. */
const orderingTag = (terms: readonly OrderTerm[]) =>
  terms.map((t) => `${t.column.name}${t.direction === 'DESC' ? '-' : ''}`).join(',');

const isInstant = (column: PgColumn) => column.dataType === 'date';

/**
 * What a page selects of an ordering column for its cursor: the value itself, except instants,
 * read as PostgreSQL's text so their microseconds survive (a JavaScript Date keeps milliseconds,
 * and a cursor rounded down would repeat its row on the next page).
 */
export const cursorExpression = (column: PgColumn): unknown => (isInstant(column) ? sql<string>`${column}::text` : column);

/** A cursor value bound for comparison with its column. */
const bound = (column: PgColumn, value: unknown): SQL => (isInstant(column) ? sql`${value}::timestamptz` : sql`${sql.param(value, column)}`);

/** The cursor of a row: its ordering values (the key last), under the ordering's tag, base64url'd. */
export function encodeKeysetCursor(terms: readonly OrderTerm[], values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([orderingTag(terms), ...values])).toString('base64url');
}

const INTEGER_TYPES = new Set(['PgInteger', 'PgSmallInt', 'PgSerial', 'PgSmallSerial', 'PgBigInt53', 'PgBigSerial53']);

/** A cursor value checked against its column's type, as the column binds it; anything else is refused. */
function typedValue(column: PgColumn, value: unknown): unknown {
  if (value === null) {
    if (column.notNull) throw invalidCursor(`${column.name} cannot be null`);
    return null;
  }
  switch (column.dataType) {
    case 'number':
      if (typeof value !== 'number' || !(INTEGER_TYPES.has(column.columnType) ? Number.isSafeInteger(value) : Number.isFinite(value))) {
        throw invalidCursor(`${column.name} must be a number`);
      }
      return value;
    case 'date':
      // PostgreSQL's text of a timestamptz: 2023-04-10 10:00:00.123456+08
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.test(value)) {
        throw invalidCursor(`${column.name} must be an instant`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalidCursor(`${column.name} must be a boolean`);
      return value;
    case 'string':
      if (typeof value !== 'string' || value.includes('\u0000')) throw invalidCursor(`${column.name} must be text`);
      if (column.columnType === 'PgDateString' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalidCursor(`${column.name} must be a date`);
      if (column.columnType === 'PgNumeric' && !/^-?\d{1,20}(\.\d{1,10})?$/.test(value)) throw invalidCursor(`${column.name} must be a decimal`);
      return value;
    default:
      throw invalidCursor(`${column.name} cannot be paged by`);
  }
}

/** The ordering values a cursor holds, strictly decoded: the same ordering, as many values, each of its column's type. */
export function decodeKeysetCursor(terms: readonly OrderTerm[], cursor: string): unknown[] {
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalidCursor(`longer than ${MAX_CURSOR_LENGTH} characters`);
  if (!/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalidCursor('not a cursor this server issued');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('not a cursor this server issued');
  }
  if (!Array.isArray(parsed) || parsed.length !== terms.length + 1 || parsed[0] !== orderingTag(terms)) {
    throw invalidCursor('it belongs to another list or ordering');
  }
  return terms.map((term, i) => typedValue(term.column, parsed[i + 1]));
}

/** Rows of `column` that come after `value` in the term's direction (NULLs last ascending, first descending). */
function after(term: OrderTerm, value: unknown): SQL | undefined {
  const { column } = term;
  if (term.direction === 'ASC') {
    if (value === null) return sql`false`;
    const greater = sql`${column} > ${bound(column, value)}`;
    return column.notNull ? greater : or(greater, isNull(column));
  }
  return value === null ? isNotNull(column) : sql`${column} < ${bound(column, value)}`;
}

const same = (column: PgColumn, value: unknown) => (value === null ? isNull(column) : sql`${column} = ${bound(column, value)}`);

/**
 * The rows after the cursor's row in the ordering: lexicographic over the terms (the key last,
 * so no two rows tie). Rows inserted or removed elsewhere move no page; with one direction and
 * no NULLs it is a row comparison, which an index on the ordering columns answers by range.
 */
export function afterCursor(terms: readonly OrderTerm[], values: readonly unknown[]): SQL {
  const uniform = terms.every((t) => t.direction === terms[0].direction && t.column.notNull);
  if (uniform) {
    const columns = sql.join(terms.map((t) => sql`${t.column}`), sql`, `);
    const row = sql.join(terms.map((t, i) => bound(t.column, values[i])), sql`, `);
    return terms[0].direction === 'ASC' ? sql`(${columns}) > (${row})` : sql`(${columns}) < (${row})`;
  }
  const branches = terms.map((term, i) => and(...terms.slice(0, i).map((t, j) => same(t.column, values[j])), after(term, values[i])));
  return or(...branches)!;
}
