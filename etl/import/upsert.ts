import { sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../server/db/audit.ts';
import type { Db } from '../../server/db/client.ts';

/** A transaction or the database: anything that can run drizzle queries. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'execute'>;
export type Row = Record<string, unknown>;

export interface UpsertSpec {
  table: PgTable;
  /** Audit entity name: the table's SQL name. */
  entity: string;
  /** Property names of the key columns (the conflict target). */
  key: readonly string[];
  /** Columns whose change makes a row "changed"; default every non-key column given. */
  compare?: readonly string[];
  /** Adjusts an incoming row given the stored one (e.g. keeps a submission time); runs before writing. */
  merge?: (incoming: Row, stored: Row | undefined) => Row;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

// PostgreSQL binds at most 65535 parameters per statement; stay well below it.
const MAX_PARAMETERS = 60_000;
const MAX_ROWS = 5_000;

const excluded = (column: string) => sql.raw(`excluded."${toSnakeCase(column)}"`);

/** Key values as one string; nullable key columns compare as '' (see keyExpression). */
export const keyString = (row: Row, key: readonly string[]) => JSON.stringify(key.map((k) => row[k] ?? ''));

/**
 * Inserts new rows and updates changed ones in multi-row statements, writing one audit event per
 * row that actually changed. Unchanged rows are left alone (the DO UPDATE … WHERE is distinct), so
 * their updated_at and the audit log do not move: re-importing a file is a no-op.
 */
export async function upsertRows(tx: Tx, spec: UpsertSpec, rows: Row[], actor: string): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (!rows.length) return counts;
  const columnCount = Object.keys(rows[0]).length;
  const chunkSize = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columnCount));
  for (let i = 0; i < rows.length; i += chunkSize) {
    const before = await existingRows(tx, spec, rows.slice(i, i + chunkSize));
    const chunk = rows.slice(i, i + chunkSize).map((r) => spec.merge?.(r, before.get(keyString(r, spec.key))) ?? r);
    const changed = await writeChunk(tx, spec, chunk);
    await recordAudit(tx, changed.map((after) => {
      const old = before.get(keyString(after, spec.key));
      return { actor, action: old ? 'update' : 'create', entity: spec.entity, entityKey: spec.key.map((k) => after[k] ?? '').join('/'), before: old, after };
    }));
    const updated = changed.filter((r) => before.has(keyString(r, spec.key))).length;
    counts.updated += updated;
    counts.inserted += changed.length - updated;
    counts.unchanged += chunk.length - changed.length;
  }
  return counts;
}

function writeChunk(tx: Tx, spec: UpsertSpec, chunk: Row[]): Promise<Row[]> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const nonKey = Object.keys(chunk[0]).filter((c) => !spec.key.includes(c));
  const compare = spec.compare ?? nonKey;
  const changedWhen: SQL = sql`(${sql.join(compare.map((c) => sql`${columns[c]}`), sql`, `)}) is distinct from (${sql.join(compare.map(excluded), sql`, `)})`;
  return tx.insert(spec.table).values(chunk).onConflictDoUpdate({
    target: spec.key.map((k) => columns[k]),
    set: Object.fromEntries(nonKey.map((c) => [c, excluded(c)])),
    setWhere: changedWhen,
  }).returning() as Promise<Row[]>;
}

/** Nullable key columns (a survey's region or agency) compare through coalesce, as '' for null. */
function keyExpression(column: PgColumn): SQL {
  return column.notNull ? sql`${column}` : sql`coalesce(${column}, '')`;
}

async function existingRows(tx: Tx, spec: UpsertSpec, chunk: Row[]): Promise<Map<string, Row>> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const keyColumns = sql.join(spec.key.map((k) => keyExpression(columns[k])), sql`, `);
  const tuples = sql.join(chunk.map((r) => sql`(${sql.join(spec.key.map((k) => sql`${r[k] ?? ''}`), sql`, `)})`), sql`, `);
  const rows = await tx.select().from(spec.table).where(sql`(${keyColumns}) in (${tuples})`) as Row[];
  return new Map(rows.map((r) => [keyString(r, spec.key), r]));
}
