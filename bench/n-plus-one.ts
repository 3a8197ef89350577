import { loadConfig } from '../server/config.ts';
import { createApp } from '../server/app.ts';
import { OPERATOR_VIEWER } from '../server/auth/viewer.ts';
import { seededDatabase } from './lib/datasets.ts';
import { WORK } from './lib/paths.ts';
import type { Benchmark } from './lib/results.ts';

const SCALE = 100;
const SIZES = [10, 1000] as const;

/** Four levels of relations under a list: each level must cost one batched statement, whatever the page size. */
const NESTED = `query($first: Int!) { agencies(first: $first) { totalCount nodes {
  code region { code parent { code } }
  filings { year quarter agency { code } }
  officers { officerNo agency { code } }
} } }`;

/** Benchmark 3: SQL statements per request for a nested query at 10 and at 1,000 agencies. */
export const nPlusOneBenchmark: Benchmark = {
  name: 'n-plus-one',
  title: 'No N+1: SQL statements per request, 10 vs 1,000 rows',
  async run(log) {
    const db = await seededDatabase(SCALE, log);
    // The query limits would refuse 1,000 agencies with four nested lists; statement counts are what is measured here.
    const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', DATA_DIR: `${WORK}/data`, QUERY_LIMITS: 'off' }, { maxPageSize: Math.max(...SIZES) });
    const app = await createApp(config);
    try {
      const statements: Record<number, number> = {};
      for (const first of SIZES) {
        const before = app.services.store.statementCount();
        const result = await app.execute(NESTED, { first }, OPERATOR_VIEWER);
        if (result.errors?.length) throw new Error(result.errors[0].message);
        if (result.data.agencies.nodes.length !== first) throw new Error(`expected ${first} agencies, got ${result.data.agencies.nodes.length}`);
        statements[first] = app.services.store.statementCount() - before;
        log(`${first} agencies: ${statements[first]} statements`);
      }
      const [small, large] = SIZES.map((n) => statements[n]);
      return {
        figures: [{ case: 'agencies → region → parent, filings → agency, officers → agency', unit: 'statements', ours: large, against: `same query, ${SIZES[0]} rows`, baseline: small, ratio: small / large, goal: 'equal (1.0×)', met: small === large }],
        details: { scale: SCALE, statements },
      };
    } finally {
      await app.close();
    }
  },
};
