import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_FIXED_FILE } from '../../warehouse/models/manifest.ts';
import { readSqlFile } from '../../warehouse/sql-files.ts';
import { readRows } from '../../warehouse/values.ts';
import { SOURCES, type RawType, type Source } from '../extract/sources.ts';

const DUCKDB_TYPES: Record<RawType, string> = { text: 'varchar', int: 'integer', bool: 'boolean' };

/**
 * A source's raw table: its extracted columns, in the order the Appender writes them, with no
 * constraint (the raw checks, etl/load/raw-checks.ts, say what must hold, and name the rows that break it).
 */
export const rawTableSql = (source: Source): string =>
  `create table if not exists ${source.rawTable} (${source.columns.map((c) => `${c.name} ${DUCKDB_TYPES[c.type]}`).join(', ')});`;

/**
 * Dates, timestamps and decimals arrive as text and are typed in staging, so nothing is
 * rounded on the way in; no personal data (etl/extract/sources.ts).
 */
export const RAW_LAYER_SQL = [...SOURCES.map(rawTableSql), readSqlFile(`models/${RAW_FIXED_FILE}`)].join('\n');

/** Changes whenever the raw tables or what is extracted into them change. */
const FINGERPRINT = createHash('sha256')
  .update(RAW_LAYER_SQL)
  .update(JSON.stringify(SOURCES))
  .digest('hex');

async function storedFingerprint(duck: DuckDBConnection): Promise<string | null> {
  try {
    return readRows<{ fingerprint: string }>(await duck.runAndReadAll('select fingerprint from meta_raw_layer'))[0]?.fingerprint ?? null;
  } catch {
    return null;
  }
}

async function dropEverything(duck: DuckDBConnection): Promise<void> {
  const objects = readRows<{ name: string; kind: string }>(await duck.runAndReadAll(
    `select table_name as name, case table_type when 'VIEW' then 'view' else 'table' end as kind
     from information_schema.tables where table_schema = 'main' order by kind desc`,
  ));
  for (const { name, kind } of objects) await duck.run(`drop ${kind} if exists "${name}" cascade`);
}

/**
 * Readies the raw layer of the file being built. A copy of the previous warehouse can take
 * incremental changes only if its raw tables are those of this version; a warehouse built by
 * an older version is emptied and loaded in full instead. Returns whether the run is incremental.
 */
export async function prepareRawLayer(duck: DuckDBConnection, incremental: boolean): Promise<boolean> {
  const mergeable = incremental && (await storedFingerprint(duck)) === FINGERPRINT;
  if (incremental && !mergeable) await dropEverything(duck);
  await duck.run(RAW_LAYER_SQL);
  await duck.run('create or replace table meta_raw_layer as select $1::varchar as fingerprint', [FINGERPRINT]);
  return mergeable;
}
