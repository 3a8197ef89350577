import pg from 'pg';
import { builtWarehouse, seededDatabase } from './lib/datasets.ts';
import { measureSerial } from './lib/load.ts';
import { recordStatements, timeDirectSql, timeGraphql } from './lib/analytics-timing.ts';
import type { Benchmark, Figure } from './lib/results.ts';
import { ANALYTICS_QUERIES } from './analytics-queries.ts';
import { POSTGRES_AGGREGATES } from './postgres-aggregates.ts';

const SCALE = 100;
/** PostgreSQL takes seconds per aggregate at this scale: a few runs give a stable median. */
const POSTGRES_RUNS = 3;

async function timePostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const timings: Record<string, Awaited<ReturnType<typeof measureSerial>>> = {};
    for (const q of ANALYTICS_QUERIES) {
      timings[q.name] = await measureSerial(() => client.query(POSTGRES_AGGREGATES[q.name], q.postgresParams), POSTGRES_RUNS, 1);
    }
    return timings;
  } finally {
    await client.end();
  }
}

/**
 * Benchmark 4: each analytics query on the DuckDB warehouse against the same aggregate in SQL
 * on PostgreSQL (the speed-up), and through our GraphQL server against the SQL it issues run
 * directly on DuckDB (the API's overhead: p95 ≤ 1.2 × direct + 5 ms).
 */
export const warehouseBenchmark: Benchmark = {
  name: 'warehouse',
  title: `Warehouse vs operational store, and GraphQL vs direct DuckDB SQL (--scale ${SCALE})`,
  async run(log) {
    const db = await seededDatabase(SCALE, log);
    const wh = await builtWarehouse(db, log);
    log('recording the SQL of each analytics query');
    const recorded = await recordStatements(db, wh);
    log('timing the SQL directly on DuckDB');
    const direct = await timeDirectSql(wh.path, recorded);
    log('timing GraphQL over HTTP');
    const viaGraphql = await timeGraphql(db, wh, 4104);
    log('timing the same aggregates on PostgreSQL');
    const postgres = await timePostgres(db.url);
    const figures: Figure[] = ANALYTICS_QUERIES.flatMap((q): Figure[] => {
      const limit = 1.2 * direct[q.name].p95Ms + 5;
      return [
        { case: q.name, unit: 'median ms', ours: direct[q.name].p50Ms, against: 'same aggregate on PostgreSQL', baseline: postgres[q.name].p50Ms, ratio: postgres[q.name].p50Ms / direct[q.name].p50Ms },
        { case: q.name, unit: 'p95 ms', ours: viaGraphql[q.name].p95Ms, against: 'its SQL direct on DuckDB', baseline: direct[q.name].p95Ms, ratio: limit / viaGraphql[q.name].p95Ms, goal: '≤ 1.2× + 5 ms', met: viaGraphql[q.name].p95Ms <= limit },
      ];
    });
    return { figures, details: { scale: SCALE, statements: Object.fromEntries(Object.entries(recorded).map(([k, v]) => [k, v.length])), direct, viaGraphql, postgres } };
  },
};
