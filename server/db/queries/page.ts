import { and, asc, desc, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { selectJoined, type Join } from './joined-select.ts';
import type { Page } from '../../../schema/common/connection.ts';
import { appError, ErrorCode } from '../../../schema/common/errors.ts';
import { afterCursor, cursorExpression, decodeKeysetCursor, encodeKeysetCursor, type OrderTerm } from './keyset.ts';

export const DEFAULT_PAGE_SIZE = 50;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export type Ordering = OrderTerm;

export function pageSize(first: number | null | undefined, maxPageSize: number): number {
  if (first == null) return Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (first < 0) throw appError(ErrorCode.BAD_USER_INPUT, '`first` must not be negative');
  if (first > maxPageSize) {
    throw appError(ErrorCode.BAD_USER_INPUT, `\`first\` may be at most ${maxPageSize}`, { maxPageSize });
  }
  return first;
}

/** Hidden names under which a page's read selects its ordering values (a projection may not select them). */
const cursorField = (i: number) => `__cursor${i}`;

/**
 * One page of a filtered, ordered table (`columns` of it and of left-joined tables, or all), and
 * its total count when asked for. Ordering always ends with the primary key columns, and `after`
 * is a keyset cursor (keyset.ts): the page starts after that row's ordering values, so rows
 * written meanwhile shift no page and a deep page costs what the first does.
 */
export async function selectPage<T extends Record<string, unknown>>(
  db: Db,
  table: PgTable,
  options: {
    columns?: Record<string, unknown>;
    joins?: readonly Join[];
    where?: SQL;
    orderBy: Ordering[];
    tieBreak: PgColumn[];
    page: PageRequest;
    maxPageSize: number;
  },
): Promise<Page<T>> {
  const limit = pageSize(options.page.first, options.maxPageSize);
  const terms: Ordering[] = [
    ...options.orderBy,
    ...options.tieBreak.filter((c) => !options.orderBy.some((o) => o.column === c)).map((column) => ({ column, direction: 'ASC' as const })),
  ];
  const start = options.page.after ? afterCursor(terms, decodeKeysetCursor(terms, options.page.after)) : undefined;
  const columns = { ...(options.columns ?? getTableColumns(table)), ...Object.fromEntries(terms.map((t, i) => [cursorField(i), cursorExpression(t.column)])) };
  const order = terms.map((o) => (o.direction === 'DESC' ? desc(o.column) : asc(o.column)));
  const rows = limit === 0 ? [] : await selectJoined(db, table, columns, options.joins).where(and(options.where, start)).orderBy(...order).limit(limit + 1) as Array<Record<string, unknown>>;
  let counted: Promise<number> | undefined;
  const totalCount = () => (counted ??= db.select({ count: sql<number>`count(*)::int` }).from(table).where(options.where).then(([r]) => r.count));
  const edges = rows.slice(0, limit).map((row) => {
    const values = terms.map((_, i) => row[cursorField(i)]);
    for (let i = 0; i < terms.length; i++) delete row[cursorField(i)];
    return { node: row as T, cursor: encodeKeysetCursor(terms, values) };
  });
  return {
    nodes: edges.map((e) => e.node),
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: start !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
