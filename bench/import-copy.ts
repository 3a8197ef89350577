import path from 'node:path';
import pg from 'pg';
import { importVsCopy } from './lib/import-vs-copy.ts';
import { seededDatabase } from './lib/datasets.ts';
import { exportImportFiles } from './lib/export-csv.ts';
import { WORK } from './lib/paths.ts';
import type { Benchmark } from './lib/results.ts';

/** The scale of the penalty file imported side by side with the store's own COPY (issue 13). */
const SCALE = 10;

async function booleanColumns(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`select distinct column_name from information_schema.columns where table_schema = 'public' and data_type = 'boolean'`);
  await client.end();
  return new Set(rows.map((r) => r.column_name as string));
}

/**
 * Benchmark: `eqp import` of the --scale 10 penalty file against the store's own COPY of the
 * same file into a table of the same shape, on PostgreSQL and on PGlite (`npm run bench -- import-copy`).
 */
export const importCopyBenchmark: Benchmark = {
  name: 'import-copy',
  title: `Import of the --scale ${SCALE} penalty file vs the store's own COPY`,
  async run(log) {
    const source = await seededDatabase(SCALE, log);
    const files = exportImportFiles(source.url, path.join(WORK, `export-s${SCALE}`), await booleanColumns(source.url));
    const postgres = await importVsCopy(files, log);
    const figure = (store: string, r: typeof postgres) => ({
      case: `${store}: eqp import of the --scale ${SCALE} penalty file, ${r.rows.toLocaleString('en')} rows`, unit: 's', ours: r.importSeconds,
      against: `${store} COPY into a same-shaped table`, baseline: r.copySeconds, ratio: r.copySeconds / r.importSeconds, goal: '≥ 0.5×', met: r.copySeconds / r.importSeconds >= 0.5,
    });
    return { figures: [figure('PostgreSQL', postgres)], details: { scale: SCALE, postgres } };
  },
};
