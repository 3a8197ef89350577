import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import { runImport } from '../etl/import/run-import.ts';
import { runEtl } from '../etl/run.ts';
import { BENCH_IMPORT } from './lib/bench-import.ts';
import { dropDatabase, recreateDatabase, seededDatabase, withStore, type SeededDatabase } from './lib/datasets.ts';
import { exportImportFiles } from './lib/export-csv.ts';
import { ROOT, WORK } from './lib/paths.ts';
import type { Benchmark } from './lib/results.ts';

const SCALE = 100;
const MEMORY_SCALES = [10, 100] as const;
const INGEST_DB = 'eqp_bench_ingest';


/** DuckDB's own CSV reader loading the same files into tables: the reference rows/s. */
async function duckdbReadCsv(files: Array<{ kind: string; file: string }>) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const started = performance.now();
    let rows = 0;
    for (const { kind, file } of files) {
      await connection.run(`create table ${kind} as select * from read_csv('${file}', header = true)`);
      rows += Number((await connection.runAndReadAll(`select count(*) from ${kind}`)).getRows()[0][0]);
    }
    return { rows, seconds: (performance.now() - started) / 1000 };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A full ETL in its own process, for its peak memory. */
function etlInChild(url: string, warehousePath: string): { rows: number; seconds: number; peakRssMiB: number } {
  fs.rmSync(warehousePath, { force: true });
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/lib/etl-child.ts', url, warehousePath], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

async function importAndEtl(files: string[], log: (m: string) => void) {
  const url = await recreateDatabase(INGEST_DB);
  return withStore(url, async (store) => {
    const started = performance.now();
    const report = await runImport(store, files, BENCH_IMPORT);
    const refused = report.files.filter((f) => f.error || f.rejected);
    if (refused.length) throw new Error(`the import refused rows: ${JSON.stringify(refused.map((f) => ({ file: f.file, error: f.error, first: f.rejects[0] })))}`);
    const importSeconds = (performance.now() - started) / 1000;
    log(`imported in ${importSeconds.toFixed(1)} s; ETL`);
    const etl = await runEtl(store, { warehousePath: path.join(WORK, 'ingest.duckdb'), full: true });
    return { url, importSeconds, etlSeconds: etl.durationMs / 1000, inserted: report.files.reduce((a, f) => a + f.inserted, 0) };
  });
}

/**
 * Benchmark 5: import (validating, into PostgreSQL) + ETL of the --scale 100 demo exported as
 * import files, in rows/s, against DuckDB's read_csv of the same files; and the ETL's peak
 * memory at --scale 10 and 100. The import against PostgreSQL's COPY is benchmark import-copy.
 */
export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  title: `Ingest: import + ETL of --scale ${SCALE} vs DuckDB read_csv; ETL peak memory`,
  async run(log) {
    const source: SeededDatabase = await seededDatabase(SCALE, log);
    const dir = path.join(WORK, `export-s${SCALE}`);
    log('exporting import files');
    const files = exportImportFiles(source.url, dir);
    log('DuckDB read_csv');
    const duck = await duckdbReadCsv(files);
    log(`import of ${duck.rows.toLocaleString('en')} rows`);
    const ours = await importAndEtl(files.map((f) => f.file), log);
    const memory: Record<number, ReturnType<typeof etlInChild>> = {};
    for (const scale of MEMORY_SCALES) {
      const url = scale === SCALE ? ours.url : (await seededDatabase(scale, log)).url;
      log(`ETL peak memory at --scale ${scale}`);
      memory[scale] = etlInChild(url, path.join(WORK, `memory-s${scale}.duckdb`));
    }
    await dropDatabase(INGEST_DB);
    const oursRate = duck.rows / (ours.importSeconds + ours.etlSeconds);
    const duckRate = duck.rows / duck.seconds;
    const [small, large] = MEMORY_SCALES.map((s) => memory[s].peakRssMiB);
    return {
      figures: [
        { case: `import + ETL, ${duck.rows.toLocaleString('en')} rows`, unit: 'rows/s', ours: oursRate, against: 'DuckDB read_csv', baseline: duckRate, ratio: oursRate / duckRate, goal: '≥ 0.5×', met: oursRate / duckRate >= 0.5 },
        { case: `ETL peak RSS, --scale ${MEMORY_SCALES.join(' vs ')}`, unit: 'MiB', ours: large, against: `--scale ${MEMORY_SCALES[0]}`, baseline: small, ratio: small / large, goal: 'flat (≥ 0.5×)', met: small / large >= 0.5 },
      ],
      details: { scale: SCALE, duckdb: duck, import: ours, memory },
    };
  },
};
