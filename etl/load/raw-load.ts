import type { DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../../server/db/client.ts';
import { readSource } from '../extract/read-source.ts';
import type { Source } from '../extract/sources.ts';
import { appendRows } from './append.ts';

const keyMatch = (source: Source, a: string, b: string) => source.key.map((k) => `${a}.${k} = ${b}.${k}`).join(' and ');

/** Reloads a whole source: the raw table ends up exactly the operational table's kept rows. */
export async function reloadSource(store: Store, duck: DuckDBConnection, source: Source): Promise<number> {
  await duck.run(`delete from ${source.rawTable}`);
  let rows = 0;
  for await (const batch of readSource(store, source)) {
    const kept = source.keep ? batch.filter((r) => r.__keep) : batch;
    await appendRows(duck, source.rawTable, source.columns, kept);
    rows += batch.length;
  }
  return rows;
}

/**
 * Applies the rows changed since `sinceMicros`: each changed key is removed from the raw table
 * and its current version appended if it is kept, so a changed quarter is replaced, never added twice.
 */
export async function mergeChanges(store: Store, duck: DuckDBConnection, source: Source, sinceMicros: string): Promise<number> {
  const staging = `changes_${source.rawTable}`;
  await duck.run(`create or replace temp table ${staging} as select *, true as __keep from ${source.rawTable} limit 0`);
  let rows = 0;
  for await (const batch of readSource(store, source, sinceMicros)) {
    await appendRows(duck, staging, source.columns, batch, true);
    rows += batch.length;
  }
  if (rows > 0) {
    await duck.run(`delete from ${source.rawTable} r using ${staging} c where ${keyMatch(source, 'r', 'c')}`);
    await duck.run(`insert into ${source.rawTable} select * exclude (__keep) from ${staging} where __keep`);
  }
  await duck.run(`drop table ${staging}`);
  return rows;
}
