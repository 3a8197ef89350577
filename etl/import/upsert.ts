import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../server/db/audit.ts';
import { auditKey, auditKeySql } from '../../server/db/audit-key.ts';
import type { Entity } from '../../server/auth/policy.ts';
import type { Db } from '../../server/db/client.ts';
import { fromDriver, identifier, returningAll, unnestRows, type Row } from '../../server/db/queries/unnest-rows.ts';
import { withStagedRows } from './staging.ts';

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

/** Rows per statement; parameters are one array per column (see unnestRows) or COPY, so only memory bounds it. */
const CHUNK_ROWS = 20_000;

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
function auditImage(columns: Record<string, PgColumn>, column: (property: string) => SQL): SQL {
  const value = (property: string) => {
    const ref = column(property);
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
 * One statement per chunk, all of it in the database: the stored rows with the chunk's keys (the
 * statement's snapshot), the rows that differ from them, a plain insert of the new ones and an
 * update of the changed ones, and an audit event per row written, with the stored row as before
 * and the written one as after. Rows equal to their stored version are neither locked nor
 * written. New rows go in without `on conflict`: its speculative insertion costs a quarter more
 * per row, and a key another transaction inserted meanwhile then fails the file (a unique
 * violation, nothing loaded) rather than being audited as a creation it was not.
 */
async function mergeChunk(tx: Tx, spec: UpsertSpec, chunk: Row[], actor: string): Promise<{ inserted: number; updated: number }> {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const properties = Object.keys(chunk[0]);
  const ref = (alias: string) => (property: string) => sql`${sql.identifier(alias)}.${identifier(property)}`;
  const keyOf = (column: (property: string) => SQL) => sql.join(spec.key.map((k) => keyExpression(columns[k]!, column(k))), sql`, `);
  const compared = (column: (property: string) => SQL) => sql.join(comparedColumns(spec, properties).map(column), sql`, `);
  const entityKey = auditKeySql(spec.entity, spec.key.map((k) => sql`t.${identifier(k)}`));
  const names = sql.join(properties.map(identifier), sql`, `);
  const nonKey = properties.filter((c) => !spec.key.includes(c));
  // The stored row a changed one replaces, carried along whole for the audit's before image.
  const old = (property: string) => sql`(c.old).${identifier(property)}`;
  // Whether a stored row matched; `s is not null` would need every one of its columns non-null.
  const found = ref('s')(spec.key.find((k) => columns[k]!.notNull)!);
  const [counts] = await withStagedRows(tx, spec.table, columns, properties, chunk, async (rows) => (await probingByKey(tx, spec, columns, () => tx.execute(sql`
    with changed as (
      select i.*, ${found} is not null as known, s as old
      from ${rows} i left join ${spec.table} s on (${keyOf(ref('s'))}) = (${keyOf(ref('i'))})
      where ${found} is null or (${compared(ref('s'))}) is distinct from (${compared(ref('i'))})
    ),
    inserted as (
      insert into ${spec.table} as t (${names}) select ${names} from changed where not known
      returning ${entityKey} as entity_key, ${auditImage(columns, ref('t'))} as after
    ),
    updated as (
      update ${spec.table} as t set ${sql.join(nonKey.map((c) => sql`${identifier(c)} = c.${identifier(c)}`), sql`, `)}
      from changed c where c.known and (${keyOf(ref('t'))}) = (${keyOf(ref('c'))})
      returning ${entityKey} as entity_key, ${auditImage(columns, old)} as before, ${auditImage(columns, ref('t'))} as after
    ),
    audited as (
      insert into audit_events (actor, action, entity, entity_key, before, after)
      select ${actor}, 'create', ${spec.entity}, entity_key, null, after from inserted
      union all select ${actor}, 'update', ${spec.entity}, entity_key, before, after from updated
    )
    select (select count(*) from inserted)::int as inserted, (select count(*) from updated)::int as updated`)) as unknown as { rows: Array<{ inserted: number; updated: number }> }).rows);
  return counts!;
}

/**
 * Runs a merge with the stored rows found by key, one index probe per incoming row. Left to
 * itself the planner, which cannot know a staged chunk's size, hashes the whole stored table
 * for every chunk (a re-import of 275k penalty cases in chunks of 20k: 0.64 s per chunk against
 * 0.09 s of probes). A table whose key has a nullable column compares it through coalesce,
 * which no index serves; there hashing stays allowed.
 */
async function probingByKey<T>(tx: Tx, spec: UpsertSpec, columns: Record<string, PgColumn>, run: () => Promise<T>): Promise<T> {
  if (!spec.key.every((k) => columns[k]!.notNull)) return run();
  const { rows: [before] } = await tx.execute(sql`select current_setting('enable_hashjoin') as hash, current_setting('enable_mergejoin') as merge,
    set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)`) as unknown as { rows: Array<{ hash: string; merge: string }> };
  const result = await run();
  await tx.execute(sql`select set_config('enable_hashjoin', ${before!.hash}, true), set_config('enable_mergejoin', ${before!.merge}, true)`);
  return result;
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
