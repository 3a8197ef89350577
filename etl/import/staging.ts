import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { canCopy, copyFromText } from '../../server/db/copy-from.ts';
import { identifier, pgText, unnestRows, type Row } from '../../server/db/queries/unnest-rows.ts';
import type { Tx } from './upsert.ts';

/** The temporary table a chunk of rows is copied into before the merge reads it. */
const STAGING = 'import_staging';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value in COPY's text format: \N for null, the value's text form with its backslashes, tabs and line breaks escaped. */
function copyField(value: unknown): string {
  const text = pgText(value);
  return text === null ? '\\N' : text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]!);
}

/** The rows as COPY text: one line per row, the properties' values separated by tabs. */
export function copyText(rows: Row[], properties: readonly string[]): string {
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < properties.length; i++) text += (i ? '\t' : '') + copyField(row[properties[i]!]);
    text += '\n';
  }
  return text;
}

/**
 * Runs `use` with the rows as a relation of the table's column types: copied into a temporary
 * table (COPY, the cheapest way into PostgreSQL) where the transaction can run COPY, else the
 * unnest of one text array per column. The temporary table lasts for the statement `use` runs
 * and goes with the transaction in any case (on commit drop).
 */
export async function withStagedRows<T>(tx: Tx, table: PgTable, columns: Record<string, PgColumn>, properties: readonly string[], rows: Row[], use: (incoming: SQL) => Promise<T>): Promise<T> {
  if (!canCopy(tx)) return use(sql`(${unnestRows(columns, properties, rows)})`);
  const names = sql.join(properties.map(identifier), sql`, `);
  await tx.execute(sql`create temporary table ${sql.identifier(STAGING)} on commit drop as select ${names} from ${table} with no data`);
  await copyFromText(tx, STAGING, copyText(rows, properties));
  const result = await use(sql`${sql.identifier(STAGING)}`);
  await tx.execute(sql`drop table ${sql.identifier(STAGING)}`);
  return result;
}
