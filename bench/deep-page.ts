import { loadConfig } from '../server/config.ts';
import { createApp, type App } from '../server/app.ts';
import { OPERATOR_VIEWER } from '../server/auth/viewer.ts';
import { seededDatabase } from './lib/datasets.ts';
import { WORK } from './lib/paths.ts';
import type { Benchmark } from './lib/results.ts';

const SCALE = 10;
const PAGE = 50;
const DEEP = 2_000;
const REPEATS = 30;

const CASES = `query($after: String) { penaltyCases(first: ${PAGE}, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { agencyCode caseNo decidedOn fineYuan }
} }`;

async function read(app: App, after: string | null): Promise<string> {
  const result = await app.execute(CASES, { after }, OPERATOR_VIEWER);
  if (result.errors?.length) throw new Error(result.errors[0].message);
  const { pageInfo, nodes } = result.data.penaltyCases;
  if (nodes.length !== PAGE) throw new Error(`expected a full page, got ${nodes.length} rows`);
  return pageInfo.endCursor;
}

/** Median milliseconds of `REPEATS` reads of the page after `after`. */
async function medianMs(app: App, after: string | null): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    await read(app, after);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Keyset paging: page 2,000 of penalty cases (rows 99,951–100,000) costs what page 1 costs,
 * where an OFFSET page scans and drops every row before it. Both pages measured in one run.
 */
export const deepPageBenchmark: Benchmark = {
  name: 'deep-page',
  title: `Keyset pages: page ${DEEP} vs page 1 of penalty cases (--scale ${SCALE}, ${PAGE} a page)`,
  async run(log) {
    const db = await seededDatabase(SCALE, log);
    const app = await createApp(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', DATA_DIR: `${WORK}/data` }));
    try {
      log(`walking to page ${DEEP}`);
      let cursor: string | null = null;
      for (let page = 1; page < DEEP; page++) cursor = await read(app, cursor);
      const first = await medianMs(app, null);
      const deep = await medianMs(app, cursor);
      // What the offset cursors cost: the same page read with OFFSET, straight in SQL.
      const offsetSql = `select agency_code, case_no, decided_on, fine_yuan from penalty_cases order by agency_code, case_no limit ${PAGE + 1} offset ${(DEEP - 1) * PAGE}`;
      const offsetStarted = performance.now();
      for (let i = 0; i < 5; i++) await app.services.store.query(offsetSql);
      const offsetMs = (performance.now() - offsetStarted) / 5;
      log(`page 1: ${first.toFixed(2)} ms, page ${DEEP}: ${deep.toFixed(2)} ms (median of ${REPEATS}); OFFSET page ${DEEP} in SQL alone: ${offsetMs.toFixed(2)} ms`);
      return {
        figures: [{
          case: `penaltyCases page ${DEEP} vs page 1 (median ms)`, unit: 'ms', ours: deep, against: 'page 1, same run', baseline: first,
          ratio: first / deep, goal: 'about 1.0× (page depth costs nothing)', met: first / deep > 0.7,
        }],
        details: { scale: SCALE, pageSize: PAGE, page1Ms: first, deepPageMs: deep, offsetSqlDeepPageMs: offsetMs },
      };
    } finally {
      await app.close();
    }
  },
};
