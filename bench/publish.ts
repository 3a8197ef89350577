import fs from 'node:fs';
import path from 'node:path';
import { runEtl } from '../etl/run.ts';
import { dropDatabase, recreateDatabase, seededDatabase, withStore } from './lib/datasets.ts';
import { WORK } from './lib/paths.ts';
import type { Benchmark, Figure } from './lib/results.ts';

/** BENCH_PUBLISH_SCALES=10 limits a run to the lighter scale (seeding --scale 100 takes many minutes). */
const SCALES = (process.env.BENCH_PUBLISH_SCALES ?? '10,100').split(',').map(Number);
const GOALS: Record<number, number> = { 10: 0.15, 100: 0.3 };
const TARGET_DB = 'eqp_bench_publish';

/**
 * The BI publication's cost: a full ETL without publishing (the baseline) against the same
 * full ETL publishing into a PostgreSQL database (schema analytics), in the same run.
 */
export const publishBenchmark: Benchmark = {
  name: 'publish',
  title: 'BI publication overhead: full ETL with publishing vs without',
  async run(log) {
    const figures: Figure[] = [];
    const details: Record<string, unknown> = {};
    for (const scale of SCALES) {
      const db = await seededDatabase(scale, log);
      const target = await recreateDatabase(TARGET_DB);
      const warehousePath = path.join(WORK, `publish-s${scale}.duckdb`);
      try {
        const runs = await withStore(db.url, async (store) => {
          log(`--scale ${scale}: full ETL without publishing`);
          const plain = await runEtl(store, { warehousePath, full: true });
          log(`--scale ${scale}: full ETL publishing to ${TARGET_DB}`);
          const published = await runEtl(store, { warehousePath, full: true, publishUrl: target });
          return { plain, published };
        });
        const overhead = (runs.published.durationMs - runs.plain.durationMs) / runs.plain.durationMs;
        const publishShare = runs.published.published!.durationMs / runs.plain.durationMs;
        details[`scale${scale}`] = {
          etlSeconds: runs.plain.durationMs / 1000,
          etlWithPublishSeconds: runs.published.durationMs / 1000,
          publishSeconds: runs.published.published!.durationMs / 1000,
          rowsPublished: runs.published.published!.tables,
        };
        figures.push({
          case: `--scale ${scale}: publishing time / full ETL time`,
          unit: 's',
          ours: runs.published.published!.durationMs / 1000,
          against: 'full ETL without publishing',
          baseline: runs.plain.durationMs / 1000,
          ratio: Number(publishShare.toFixed(3)),
          goal: `≤ ${GOALS[scale] * 100} % (run-to-run difference: ${(overhead * 100).toFixed(1)} %)`,
          met: publishShare <= GOALS[scale],
        });
      } finally {
        fs.rmSync(warehousePath, { force: true });
        await dropDatabase(TARGET_DB);
      }
    }
    return { figures, details };
  },
};
