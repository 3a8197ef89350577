import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { and, eq, inArray } from 'drizzle-orm';
import type { Store } from '../server/db/client.ts';
import { etlRuns } from '../server/db/tables/index.ts';
import { ENFORCEMENT_DOMAINS } from '../server/domain/domains.ts';
import { CHECK_FILES, MODEL_FILES } from '../warehouse/models/manifest.ts';
import { RULE_MACROS } from '../warehouse/models/rule-macros.ts';
import { readSqlFile } from '../warehouse/sql-files.ts';
import { readRows } from '../warehouse/values.ts';
import { nextWatermark } from './extract/read-source.ts';
import { SOURCES } from './extract/sources.ts';
import { RAW_CHECKS, type DataCheck } from './load/raw-checks.ts';
import { mergeChanges, reloadSource } from './load/raw-load.ts';
import { prepareRawLayer } from './load/raw-layer.ts';
import { acquireEtlLock } from './lock.ts';
import { publishMarts, type PublishReport } from './publish/publish.ts';

export interface EtlOptions {
  warehousePath: string;
  full?: boolean;
  /** How long to wait for another run to finish before giving up (0: refuse at once). */
  waitMs?: number;
  /** A PostgreSQL server to publish the marts to (schema `analytics`) before the new warehouse is swapped in. */
  publishUrl?: string;
  onProgress?: (message: string) => void;
}

export interface EtlReport {
  runId: string;
  mode: 'full' | 'incremental';
  rowsExtracted: Record<string, number>;
  rowsPerTable: Record<string, number>;
  published?: PublishReport;
  durationMs: number;
}

export class EtlCheckError extends Error {}

/** A build that failed, named by the step it failed in (a source's extract, a model, the checks). */
export class EtlStepError extends Error {
  constructor(readonly step: string, cause: unknown) {
    super(`ETL step "${step}" failed: ${(cause as Error).message}`);
  }
}

/**
 * One ETL run: builds the next warehouse in a new file (a copy of the current one when
 * incremental), then renames it over the current file. Readers keep the previous complete
 * warehouse until the rename, and a run that fails or is killed leaves it untouched.
 */
export async function runEtl(store: Store, options: EtlOptions): Promise<EtlReport> {
  const runId = randomUUID();
  const lock = await acquireEtlLock(`${options.warehousePath}.lock`, { waitMs: options.waitMs ?? 0, runId });
  removeAbandonedBuilds(options.warehousePath);
  await closeAbandonedRuns(store, lock.abandonedRuns);
  const started = Date.now();
  const building = `${options.warehousePath}.building-${runId}`;
  const incremental = !options.full && fs.existsSync(options.warehousePath);
  await store.db.insert(etlRuns).values({ runId, mode: incremental ? 'incremental' : 'full', status: 'RUNNING' });
  try {
    if (incremental) fs.copyFileSync(options.warehousePath, building);
    const result = await buildWarehouse(store, building, runId, incremental, options.onProgress ?? (() => {}));
    // Published before the swap: a publication that fails fails the run, and both stores keep the previous state.
    const published = options.publishUrl ? await publishMarts(building, options.publishUrl, options.onProgress) : undefined;
    fs.renameSync(building, options.warehousePath);
    const report: EtlReport = { runId, ...result, published, durationMs: Date.now() - started };
    await store.db.update(etlRuns).set({
      mode: report.mode, status: 'SUCCEEDED', finishedAt: new Date(), rowsExtracted: report.rowsExtracted, rowsPerTable: report.rowsPerTable, durationMs: report.durationMs,
    }).where(eq(etlRuns.runId, runId));
    return report;
  } catch (err) {
    fs.rmSync(building, { force: true });
    fs.rmSync(`${building}.wal`, { force: true });
    await store.db.update(etlRuns).set({ status: 'FAILED', finishedAt: new Date(), durationMs: Date.now() - started, error: (err as Error).message })
      .where(eq(etlRuns.runId, runId));
    throw err;
  } finally {
    lock.release();
  }
}

/** A run killed mid-build never logs its end: the run that takes over its lock marks it FAILED. */
async function closeAbandonedRuns(store: Store, runIds: string[]): Promise<void> {
  if (!runIds.length) return;
  await store.db.update(etlRuns).set({ status: 'FAILED', finishedAt: new Date(), error: 'the run was killed before it finished (its lock was taken over)' })
    .where(and(inArray(etlRuns.runId, runIds), eq(etlRuns.status, 'RUNNING')));
}

/** Files of runs that were killed mid-build; holding the lock, nobody else can be building them. */
function removeAbandonedBuilds(warehousePath: string): void {
  const dir = path.dirname(warehousePath);
  const prefix = `${path.basename(warehousePath)}.building-`;
  if (!fs.existsSync(dir)) return;
  for (const file of fs.readdirSync(dir)) {
    if (file.startsWith(prefix)) fs.rmSync(path.join(dir, file), { force: true });
  }
}

async function buildWarehouse(store: Store, file: string, runId: string, incremental: boolean, report: (m: string) => void) {
  let step = 'open the warehouse';
  const progress = (message: string) => { step = message; report(message); };
  // DuckDB's buffer pool defaults to 80% of RAM and held the whole raw load (3 GB at --scale
  // 100); bounded, it spills to disk and the ETL's memory no longer grows with the data, at
  // about the same speed (bench/README.md, ingest).
  // No transaction around the build: the file is private to this run and only renamed into place
  // once complete, and one transaction kept every table it wrote in memory until the commit
  // (out of memory at --scale 100).
  const instance = await DuckDBInstance.create(file, { threads: '2', memory_limit: '512MB' });
  const duck = await instance.connect();
  try {
    const mergeable = await prepareRawLayer(duck, incremental);
    const rowsExtracted = await loadRaw(store, duck, mergeable, progress);
    progress('raw checks');
    await runChecks(duck, RAW_CHECKS);
    await duck.run(RULE_MACROS);
    for (const model of MODEL_FILES) {
      progress(`model ${model}`);
      await duck.run(readSqlFile(`models/${model}`));
    }
    progress('checks');
    await runChecks(duck, CHECK_FILES.map((file) => ({ name: file, sql: readSqlFile(`checks/${file}`) })));
    progress('commit');
    const mode: EtlReport['mode'] = mergeable ? 'incremental' : 'full';
    await duck.run(`insert into meta_etl_runs values ($run, now(), now(), $mode, $rows)`, {
      run: runId, mode, rows: JSON.stringify(rowsExtracted),
    });
    const rowsPerTable = await countModelRows(duck);
    await duck.run('checkpoint');
    return { mode, rowsExtracted, rowsPerTable };
  } catch (err) {
    throw err instanceof EtlCheckError ? err : new EtlStepError(step, err);
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
}

async function loadRaw(store: Store, duck: DuckDBConnection, incremental: boolean, progress: (m: string) => void) {
  const watermark = await nextWatermark(store);
  const marks = new Map(
    readRows<{ source: string; high_water: string }>(await duck.runAndReadAll('select * from meta_watermarks')).map((r) => [r.source, r.high_water]),
  );
  await duck.run('delete from raw_domains');
  for (const d of ENFORCEMENT_DOMAINS) await duck.run('insert into raw_domains values ($1, $2, $3)', [d.code, d.nameZh, d.nameEn]);
  const rowsExtracted: Record<string, number> = {};
  for (const source of SOURCES) {
    const since = incremental && source.incremental ? marks.get(source.name) : undefined;
    progress(`extract ${source.name}${since ? ' (changes)' : ''}`);
    rowsExtracted[source.name] = since ? await mergeChanges(store, duck, source, since) : await reloadSource(store, duck, source);
    await duck.run('insert or replace into meta_watermarks values ($1, $2)', [source.name, watermark]);
  }
  return rowsExtracted;
}

async function runChecks(duck: DuckDBConnection, checks: DataCheck[]): Promise<void> {
  const failures: string[] = [];
  for (const check of checks) {
    const rows = readRows<Record<string, unknown>>(await duck.runAndReadAll(check.sql));
    for (const row of rows) failures.push(`${check.name}: ${Object.values(row).join(' | ')}`);
  }
  if (failures.length) throw new EtlCheckError(`warehouse checks failed:\n  ${failures.join('\n  ')}`);
}

async function countModelRows(duck: DuckDBConnection): Promise<Record<string, number>> {
  const tables = readRows<{ name: string }>(await duck.runAndReadAll(
    `select table_name as name from duckdb_tables() where not temporary order by table_name`,
  ));
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = readRows<{ n: number }>(await duck.runAndReadAll(`select count(*) as n from ${name}`))[0].n;
  }
  return counts;
}
