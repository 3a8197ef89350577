import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_SCHEMA_FILE } from '../../warehouse/models/manifest.ts';
import { readSqlFile } from '../../warehouse/sql-files.ts';
import { readRows } from '../../warehouse/values.ts';
import { SOURCES } from '../extract/sources.ts';

/** Changes whenever the raw tables or what is extracted into them change. */
const FINGERPRINT = createHash('sha256')
  .update(readSqlFile(`models/${RAW_SCHEMA_FILE}`))
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
  await duck.run(readSqlFile(`models/${RAW_SCHEMA_FILE}`));
  await duck.run('create or replace table meta_raw_layer as select $1::varchar as fingerprint', [FINGERPRINT]);
  return mergeable;
}
