import type { SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';

export interface Join {
  table: PgTable;
  on: SQL;
}

/**
 * `select <columns> from <table> left join …`: `columns` may nest a joined table's columns under
 * a field name (drizzle returns that object, or null when nothing joined); all columns when undefined.
 */
export function selectJoined(db: Db, table: PgTable, columns: Record<string, unknown> | undefined, joins: readonly Join[] = []) {
  const base = (columns ? db.select(columns as never) : db.select()).from(table).$dynamic();
  return joins.reduce((query, join) => query.leftJoin(join.table, join.on) as unknown as typeof query, base);
}
