import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../server/db/audit.ts';
import { auditKey, auditKeySql } from '../../server/db/audit-key.ts';
import type { Entity } from '../../server/auth/policy.ts';
import type { Db } from '../../server/db/client.ts';
import { fromDriver, identifier, returningAll, unnestRows, type Row } from '../../server/db/queries/unnest-rows.ts';

/** A transaction or the database: anything that can run drizzle queries. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'execute'>;
export type { Row } from '../../server/db/queries/unnest-rows.ts';

export interface UpsertSpec {
  table: PgTable;
  /** Audit entity name, as the GraphQL mutations write it ('filing', 'penaltyCase', …). */
  entity: Entity;
  /** Audit entity key; by default auditKey's (server/db/audit-key.ts). */
  entityKey?: (row: Row) => string;
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

/** Rows per statement; parameters are one array per column (see unnestRows), so only memory bounds it. */
const CHUNK_ROWS = 5_000;

/** Key values as one string; nullable key columns compare as '' (see keyExpression). */
export const keyString = (row: Row, key: readonly string[]) => JSON.stringify(key.map((k) => row[k] ?? ''));

/**
 * Inserts new rows and updates changed ones in multi-row statements, writing one audit event per
 * row that actually changed. Unchanged rows are left alone (the DO UPDATE … WHERE is distinct), so
 * their updated_at and the audit log do not move: re-importing a file is a no-op.
 */
export async function upsertRows(tx: Tx, spec: UpsertSpec, rows: Row[], actor: string): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const chunk = rows.slice(i, i + CHUNK_ROWS);
    const { inserted, updated } = spec.merge || spec.entityKey ? await upsertThroughNode(tx, spec, chunk, actor) : await mergeChunk(tx, spec, chunk, actor);
    counts.inserted += inserted;
    counts.updated += updated;
    counts.unchanged += chunk.length - inserted - updated;
  }
  return counts;
}

/** A spec that adjusts rows given the stored ones, or names its audit keys itself: the stored rows come to Node first. */
async function upsertThroughNode(tx: Tx, spec: UpsertSpec, rows: Row[], actor: string): Promise<{ inserted: number; updated: number }> {
  const entityKeyOf = spec.entityKey ?? ((row: Row) => auditKey(spec.entity, spec.key, row));
  const before = await existingRows(tx, spec, rows);
  const chunk = rows.map((r) => spec.merge?.(r, before.get(keyString(r, spec.key))) ?? r);
  const changed = await writeChunk(tx, spec, chunk);
  await recordAudit(tx, changed.map((after) => {
    const old = before.get(keyString(after, spec.key));
    return { actor, action: old ? 'update' : 'create', entity: spec.entity, entityKey: entityKeyOf(after), before: old, after };
  }));
  const updated = changed.filter((r) => before.has(keyString(r, spec.key))).length;
  return { inserted: changed.length - updated, updated };
}

/**
 * The image of a row in an audit event, built by the database as Node would write it
 * (JSON.stringify of the drizzle row): property names, timestamps as UTC ISO strings with
 * milliseconds, numerics as their text. jsonb_build_object takes at most 100 arguments, so the
 * object is built in parts of 40 columns.
 */
function auditImage(columns: Record<string, PgColumn>, alias: string): SQL {
  const value = (property: string) => {
    const ref = sql`${sql.identifier(alias)}.${identifier(property)}`;
    const type = columns[property]!.getSQLType();
    if (type.startsWith('timestamp')) return sql`to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    if (type.startsWith('numeric')) return sql`${ref}::text`;
    return ref;
  };
  const properties = Object.keys(columns);
  const parts: SQL[] = [];
  for (let i = 0; i < properties.length; i += 40) {
    parts.push(sql`jsonb_build_object(${sql.join(properties.slice(i, i + 40).map((p) => sql`${p}::text, ${value(p)}`), sql`, `)})`);
  }
  return sql.join(parts, sql` || `);
}

/**
 * One statement per chunk, all of it in the database: the stored rows (the statement's
 * snapshot, taken before the insert), the insert … on conflict … where changed, and an audit
 * event per row it wrote, with the stored row as before and the written one as after.
 */
async function mergeChunk(tx: Tx, spec: UpsertSpec, chunk: Row[], actor: string): Promise<{ inserted: number; updated: number }> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const properties = Object.keys(chunk[0]);
  const keyOf = (alias: string) => sql.join(spec.key.map((k) => keyExpression(columns[k]!, sql`${sql.identifier(alias)}.${identifier(k)}`)), sql`, `);
  const compared = (alias: string) => sql.join(comparedColumns(spec, properties).map((c) => sql`${sql.identifier(alias)}.${identifier(c)}`), sql`, `);
  const entityKey = auditKeySql(spec.entity, spec.key.map((k) => sql`m.${identifier(k)}`));
  const [counts] = (await tx.execute(sql`
    with incoming as (${unnestRows(columns, properties, chunk)}),
    stored as (select * from ${spec.table} s where (${keyOf('s')}) in (select ${keyOf('incoming')} from incoming)),
    -- Rows equal to their stored version never reach the insert: on conflict would lock (and so write) them.
    merged as (${insertChanged(spec, properties, sql`select * from incoming i where not exists (select from stored s where (${keyOf('s')}) = (${keyOf('i')}) and (${compared('s')}) is not distinct from (${compared('i')}))`, sql`*`)}),
    written as (
      select m.*, ${auditImage(columns, 'm')} as after, case when s is null then null else ${auditImage(columns, 's')} end as before
      from merged m left join stored s on (${keyOf('s')}) = (${keyOf('m')})
    ),
    audited as (
      insert into audit_events (actor, action, entity, entity_key, before, after)
      select ${actor}, case when before is null then 'create' else 'update' end, ${spec.entity}, ${entityKey}, before, after from written m
    )
    select count(*) filter (where before is null)::int as inserted, count(*) filter (where before is not null)::int as updated from written`) as unknown as { rows: Array<{ inserted: number; updated: number }> }).rows;
  return counts!;
}

/** The columns whose change makes a row changed. */
const comparedColumns = (spec: UpsertSpec, properties: string[]) => spec.compare ?? properties.filter((c) => !spec.key.includes(c));

/**
 * `insert … on conflict (key) do update … where changed returning …`: new rows go in, changed
 * ones are updated, unchanged ones are left alone (their updated_at does not move).
 */
function insertChanged(spec: UpsertSpec, properties: string[], rows: SQL, returning: SQL): SQL {
  const nonKey = properties.filter((c) => !spec.key.includes(c));
  const compare = comparedColumns(spec, properties);
  const target = (c: string) => sql`${spec.table}.${identifier(c)}`;
  const excluded = (c: string) => sql`excluded.${identifier(c)}`;
  return sql`insert into ${spec.table} (${sql.join(properties.map(identifier), sql`, `)}) ${rows}
    on conflict (${sql.join(spec.key.map(identifier), sql`, `)}) do update
    set ${sql.join(nonKey.map((c) => sql`${identifier(c)} = ${excluded(c)}`), sql`, `)}
    where (${sql.join(compare.map(target), sql`, `)}) is distinct from (${sql.join(compare.map(excluded), sql`, `)})
    returning ${returning}`;
}

async function writeChunk(tx: Tx, spec: UpsertSpec, chunk: Row[]): Promise<Row[]> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const properties = Object.keys(chunk[0]);
  const result = await tx.execute(insertChanged(spec, properties, unnestRows(columns, properties, chunk), returningAll(columns))) as unknown as { rows: Row[] };
  return result.rows.map((raw) => fromDriver(columns, raw));
}

/**
 * Nullable key columns (a survey's region or agency) compare through coalesce, as '' for null;
 * the others as they are, so that the key index still serves the lookup.
 */
function keyExpression(column: PgColumn, ref: SQL = sql`${column}`): SQL {
  return column.notNull ? ref : sql`coalesce(${ref}, '')`;
}

/** The stored rows with the chunk's keys, found through the same unnest as the insert. */
async function existingRows(tx: Tx, spec: UpsertSpec, chunk: Row[]): Promise<Map<string, Row>> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const keyColumns = sql.join(spec.key.map((k) => keyExpression(columns[k])), sql`, `);
  const keys = unnestRows(columns, spec.key, chunk, (r, k) => r[k] ?? '');
  const rows = await tx.select().from(spec.table).where(sql`(${keyColumns}) in (${keys})`) as Row[];
  return new Map(rows.map((r) => [keyString(r, spec.key), r]));
}
