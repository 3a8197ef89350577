import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { selectJoined, type Join } from './joined-select.ts';
import type { Page } from '../../../schema/common/connection.ts';
import { appError, ErrorCode } from '../../../schema/common/errors.ts';

export const DEFAULT_PAGE_SIZE = 50;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface Ordering {
  column: PgColumn;
  direction: 'ASC' | 'DESC';
}

/** Cursors are opaque to clients: the base64 of the row's offset in the ordered result. */
export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw appError(ErrorCode.BAD_USER_INPUT, `invalid cursor "${cursor}"`);
  return Number(match[1]);
}

export function pageSize(first: number | null | undefined, maxPageSize: number): number {
  if (first == null) return Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (first < 0) throw appError(ErrorCode.BAD_USER_INPUT, '`first` must not be negative');
  if (first > maxPageSize) {
    throw appError(ErrorCode.BAD_USER_INPUT, `\`first\` may be at most ${maxPageSize}`, { maxPageSize });
  }
  return first;
}

/**
 * One page of a filtered, ordered table (`columns` of it and of left-joined tables, or all), and
 * its total count when asked for. Ordering always ends with the primary key columns so pages are stable.
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
  const offset = options.page.after ? decodeCursor(options.page.after) + 1 : 0;
  const order = [
    ...options.orderBy.map((o) => (o.direction === 'DESC' ? desc(o.column) : asc(o.column))),
    ...options.tieBreak.map((c) => asc(c)),
  ];
  const rows = limit === 0 ? [] : await selectJoined(db, table, options.columns, options.joins).where(options.where).orderBy(...order).limit(limit + 1).offset(offset);
  let counted: Promise<number> | undefined;
  const totalCount = () => (counted ??= db.select({ count: sql<number>`count(*)::int` }).from(table).where(options.where).then(([r]) => r.count));
  const nodes = (rows as T[]).slice(0, limit);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    nodes,
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
