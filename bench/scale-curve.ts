import { builtWarehouse, seededDatabase } from './lib/datasets.ts';
import { recordStatements, timeDirectSql } from './lib/analytics-timing.ts';
import type { Benchmark, Figure } from './lib/results.ts';
import { ANALYTICS_QUERIES } from './analytics-queries.ts';

const SCALES = [1, 10, 100] as const;

/**
 * Benchmark 6: the median latency of each analytics query's SQL on DuckDB at --scale 1, 10
 * and 100 — the uncached work (through GraphQL a repeated query is a cache hit at any scale).
 * The ratio is the data growth (100×) over the latency growth from 1 to 100: above 1 the
 * query grows sub-linearly.
 */
export const scaleCurveBenchmark: Benchmark = {
  name: 'scale-curve',
  title: `Scale curve: analytics latency at --scale ${SCALES.join(', ')}`,
  async run(log) {
    const latencies: Record<number, Awaited<ReturnType<typeof timeDirectSql>>> = {};
    for (const scale of SCALES) {
      const db = await seededDatabase(scale, log);
      const wh = await builtWarehouse(db, log);
      log(`timing at --scale ${scale}`);
      latencies[scale] = await timeDirectSql(wh.path, await recordStatements(db, wh));
    }
    const growth = SCALES.at(-1)! / SCALES[0];
    const figures: Figure[] = ANALYTICS_QUERIES.map((q) => {
      const [small, , large] = SCALES.map((s) => latencies[s][q.name].p50Ms);
      const latencyGrowth = large / small;
      return {
        case: `${q.name} (${SCALES.map((s) => `s${s} ${latencies[s][q.name].p50Ms.toFixed(1)}`).join(', ')} ms)`,
        unit: 'median ms', ours: large, against: `--scale ${SCALES[0]}`, baseline: small,
        ratio: growth / latencyGrowth, goal: 'sub-linear (> 1×)', met: latencyGrowth < growth,
      };
    });
    return { figures, details: { scales: SCALES, latencies } };
  },
};
