import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runImport } from '../../etl/import/run-import.ts';
import type { Store } from '../../server/db/client.ts';
import { RECORD_RULES } from '../../server/domain/records/index.ts';
import { snakeCase } from '../../warehouse/catalogue/snake-case.ts';
import { BENCH_IMPORT, pgliteWithReferences, referenceFiles } from './bench-import.ts';
import { recreateDatabase, withStore } from './datasets.ts';
import { WORK } from './paths.ts';

const DB = 'eqp_bench_copy';

async function sql(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** `table`'s twin: same columns, keys, indexes, checks and foreign keys, no triggers. */
async function twinTable(url: string, table: string, twin: string): Promise<void> {
  await sql(url, `create table ${twin} (like ${table} including all)`);
  const { rows } = await sql(url, `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = '${table}'::regclass and contype = 'f'`);
  for (const { def } of rows) await sql(url, `alter table ${twin} add ${def}`);
}

/**
 * `eqp import` of the penalty file against PostgreSQL's own COPY of the same file into a table
 * of the same shape, in one fresh database that already holds the references the cases name.
 */
export async function importVsCopy(files: Array<{ kind: string; file: string }>, log: (m: string) => void) {
  const url = await recreateDatabase(DB);
  const penalties = files.find((f) => f.kind === 'penalties')!.file;
  const references = referenceFiles(files);
  return withStore(url, async (store) => {
    await runImport(store, references, BENCH_IMPORT);
    await twinTable(url, 'penalty_cases', 'penalty_cases_copy');
    await sql(url, 'vacuum analyze');
    log('COPY of the penalty file');
    const columns = RECORD_RULES.penalties.fields.map(snakeCase).join(', ');
    let started = performance.now();
    execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy penalty_cases_copy (${columns}) from '${penalties}' with (format csv, header)`]);
    const copySeconds = (performance.now() - started) / 1000;
    const rows = Number((await sql(url, 'select count(*) from penalty_cases_copy')).rows[0].count);
    log(`eqp import of the penalty file (${rows.toLocaleString('en')} rows)`);
    started = performance.now();
    const report = await runImport(store, [penalties], BENCH_IMPORT);
    const importSeconds = (performance.now() - started) / 1000;
    if (report.files[0]!.inserted !== rows) throw new Error(`the import inserted ${report.files[0]!.inserted} of ${rows} rows: ${JSON.stringify(report.files[0]!.rejects.slice(0, 3))}`);
    started = performance.now();
    const again = await runImport(store, [penalties], BENCH_IMPORT);
    const reimportSeconds = (performance.now() - started) / 1000;
    if (again.files[0]!.unchanged !== rows) throw new Error('the re-import changed rows');
    return { rows, copySeconds, importSeconds, reimportSeconds };
  });
}

/** The import of the penalty file and its re-import, checked to have loaded every row and then changed nothing. */
async function timedImports(store: Store, file: string, rows: number) {
  let started = performance.now();
  const report = await runImport(store, [file], BENCH_IMPORT);
  const importSeconds = (performance.now() - started) / 1000;
  if (report.files[0]!.inserted !== rows) throw new Error(`the import inserted ${report.files[0]!.inserted} of ${rows} rows: ${report.files[0]!.error ?? JSON.stringify(report.files[0]!.rejects.slice(0, 3))}`);
  started = performance.now();
  const again = await runImport(store, [file], BENCH_IMPORT);
  const reimportSeconds = (performance.now() - started) / 1000;
  if (again.files[0]!.unchanged !== rows) throw new Error('the re-import changed rows');
  return { importSeconds, reimportSeconds };
}

/**
 * The same on PGlite, the embedded store: `eqp import` against PGlite's own COPY (of the file
 * as a blob) into a same-shaped table, in a fresh store on disk holding the references.
 */
export async function importVsPgliteCopy(files: Array<{ kind: string; file: string }>, log: (m: string) => void) {
  const dir = path.join(WORK, 'pglite-copy');
  const penalties = files.find((f) => f.kind === 'penalties')!.file;
  const references = referenceFiles(files);
  const store = await pgliteWithReferences(dir, references);
  try {
    await store.query('create table penalty_cases_copy (like penalty_cases including all)');
    const fks = await store.query<{ def: string }>(`select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'penalty_cases'::regclass and contype = 'f'`);
    for (const { def } of fks) await store.query(`alter table penalty_cases_copy add ${def}`);
    await store.query('vacuum analyze');
    log('PGlite COPY of the penalty file');
    const columns = RECORD_RULES.penalties.fields.map(snakeCase).join(', ');
    const started = performance.now();
    await store.pglite!.query(`copy penalty_cases_copy (${columns}) from '/dev/blob' with (format csv, header)`, [], { blob: new Blob([fs.readFileSync(penalties)]) });
    const copySeconds = (performance.now() - started) / 1000;
    const [{ count }] = await store.query<{ count: number }>('select count(*)::int as count from penalty_cases_copy');
    log(`eqp import of the penalty file into PGlite (${count.toLocaleString('en')} rows)`);
    return { rows: count, copySeconds, ...(await timedImports(store, penalties, count)) };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
