import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../client.ts';

/** What the seed writes through: the drizzle transaction that holds the whole seed. */
export type SeedTx = Pick<Db, 'execute'>;

/**
 * Rows per statement. Each statement is `INSERT … SELECT … FROM unnest($1::text[], …)`: one
 * array parameter per column, so the chunk size is not bound by PostgreSQL's 65,535-parameter
 * limit. Measured on 100k–200k penalty rows, unnest ran 1.6× (PGlite) to 1.8× (node-postgres)
 * faster than multi-row VALUES of 4,000 rows; beyond ~4,000 rows per chunk the size hardly matters.
 */
export const CHUNK_ROWS = 5_000;

/**
 * A row as the seed writes it: timestamps are ISO 8601 strings with the city's offset, cast by
 * the database, so no Date (and no host time zone) is involved.
 */
export type SeedRow<T extends PgTable> = {
  [K in keyof T['$inferInsert']]: Exclude<T['$inferInsert'][K], Date> | (Date extends T['$inferInsert'][K] ? string : never);
};

type Cell = string | number | boolean | null | undefined | readonly string[];

/** Arrays (agency domains) travel as array literals of enum labels, which need no quoting. */
const asText = (value: Cell): string | null =>
  value === null || value === undefined ? null : Array.isArray(value) ? `{${value.join(',')}}` : String(value);

function insertStatement<T extends PgTable>(table: T, keys: string[], rows: SeedRow<T>[]): SQL {
  const columns = getTableColumns(table);
  const names = keys.map(toSnakeCase);
  const selects = keys.map((key, i) => `${names[i]}::${columns[key].getSQLType()}`);
  const chunks: SQL[] = [sql.raw(`insert into ${getTableName(table)} (${names.join(', ')}) select ${selects.join(', ')} from unnest(`)];
  keys.forEach((key, i) => {
    const values = rows.map((row) => asText((row as Record<string, Cell>)[key]));
    chunks.push(sql`${sql.raw(i === 0 ? '' : ', ')}${sql.param(values)}::text[]`);
  });
  chunks.push(sql.raw(`) as u(${names.join(', ')})`));
  return sql.join(chunks);
}

/**
 * Streams rows into a table in chunks and returns how many it wrote. The columns are the keys of
 * the first row (a generator builds every row with the same literal). Generating the next chunk
 * overlaps with the database inserting the previous one (one statement in flight at a time).
 */
export async function insertAll<T extends PgTable>(
  tx: SeedTx,
  table: T,
  rows: Iterable<SeedRow<T>>,
  onChunk: (written: number) => void = () => {},
): Promise<number> {
  let inFlight: Promise<unknown> = Promise.resolve();
  let buffer: SeedRow<T>[] = [];
  let written = 0;
  const send = async () => {
    await inFlight;
    const chunk = buffer;
    buffer = [];
    inFlight = tx.execute(insertStatement(table, Object.keys(chunk[0]), chunk)).then(() => onChunk((written += chunk.length)));
    // Marked as handled now; the error still surfaces at the next await of inFlight.
    inFlight.catch(() => {});
  };
  for (const row of rows) {
    buffer.push(row);
    if (buffer.length === CHUNK_ROWS) await send();
  }
  if (buffer.length > 0) await send();
  await inFlight;
  return written;
}
