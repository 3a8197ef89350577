import pg from 'pg';
import { createToken } from '../server/auth/token.ts';
import { seededDatabase } from './lib/datasets.ts';
import { measureLoad, type LoadFigures } from './lib/load.ts';
import { BENCH_AUTH_SECRET, WORK } from './lib/paths.ts';
import { graphql, startOurServer, startServer, type RunningProcess } from './lib/processes.ts';
import type { Benchmark, Figure } from './lib/results.ts';
import { OPERATIONAL_QUERIES, filingsOf, type QueryParams, type Server } from './operational-queries.ts';

export const OPERATIONAL_SCALE = 10;
const LOAD = { connections: 10, seconds: 5, warmupSeconds: 2 };

/** A real agency, filing key and the region with the most agencies, picked from the data. */
async function pickParams(url: string): Promise<QueryParams> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [region] } = await client.query('select region_code from agencies group by 1 order by count(*) desc, 1 limit 1');
    const { rows: [filing] } = await client.query(
      'select agency_code, year, quarter from filings where status = $1 order by year desc, quarter desc, agency_code limit 1', ['ACCEPTED']);
    return { regionCode: region.region_code, agencyCode: filing.agency_code, year: filing.year, quarter: filing.quarter };
  } finally {
    await client.end();
  }
}

function startAll(url: string): Promise<Record<Server, RunningProcess>> {
  const env = { DATABASE_URL: url };
  return Promise.all([
    startOurServer(4101, { ...env, WAREHOUSE_PATH: `${WORK}/none.duckdb` }),
    startServer(['bench/servers/postgraphile.ts'], { ...env, PORT: '4102' }, 'http://127.0.0.1:4102/graphql'),
    startServer(['bench/servers/baseline.ts'], { ...env, PORT: '4103' }, 'http://127.0.0.1:4103/graphql'),
  ]).then(([ours, postgraphile, baseline]) => ({ ours, postgraphile, baseline }));
}

/**
 * Benchmarks 1 and 2: the three operational queries under autocannon at fixed concurrency
 * against our server, PostGraphile 4.14 and a hand-written graphql-js baseline, each in its
 * own process over the same database, one server loaded at a time.
 */
export const operationalBenchmark: Benchmark = {
  name: 'operational',
  title: 'Operational GraphQL vs PostGraphile 4.14 and a minimal graphql-js baseline',
  async run(log) {
    const db = await seededDatabase(OPERATIONAL_SCALE, log);
    const params = await pickParams(db.url);
    const headers = { authorization: `Bearer ${await createToken(BENCH_AUTH_SECRET, { role: 'ADMIN', ttl: '2h' })}` };
    const servers = await startAll(db.url);
    const figures: Figure[] = [];
    const details: Record<string, Record<Server, LoadFigures>> = {};
    try {
      for (const q of OPERATIONAL_QUERIES) {
        const measured = {} as Record<Server, LoadFigures>;
        const rows = new Map<Server, string>();
        for (const server of ['ours', 'postgraphile', 'baseline'] as const) {
          const url = servers[server].url;
          const variables = q.query[server].startsWith('query(') ? params : undefined;
          const data = await graphql(url, q.query[server], variables, headers);
          rows.set(server, filingsOf(data).join('\n'));
          log(`${q.name}: ${server}`);
          measured[server] = await measureLoad({ url, body: JSON.stringify({ query: q.query[server], variables }), headers, serverPid: servers[server].pid, ...LOAD });
        }
        if (new Set(rows.values()).size !== 1) throw new Error(`${q.name}: the servers returned different filings`);
        details[q.name] = measured;
        const ratio = (against: Server) => measured.ours.requestsPerSecond / measured[against].requestsPerSecond;
        figures.push(
          { case: q.name, unit: 'req/s', ours: measured.ours.requestsPerSecond, against: 'PostGraphile 4.14', baseline: measured.postgraphile.requestsPerSecond, ratio: ratio('postgraphile'), goal: '≥ 1.0×', met: ratio('postgraphile') >= 1 },
          { case: q.name, unit: 'req/s', ours: measured.ours.requestsPerSecond, against: 'graphql-js + pg', baseline: measured.baseline.requestsPerSecond, ratio: ratio('baseline'), goal: '≥ 0.7×', met: ratio('baseline') >= 0.7 },
          { case: q.name, unit: 'p95 ms', ours: measured.ours.p95Ms, against: 'PostGraphile 4.14', baseline: measured.postgraphile.p95Ms, ratio: measured.postgraphile.p95Ms / measured.ours.p95Ms },
        );
        const perCpuSecond = (s: Server) => measured[s].requests / measured[s].serverCpuSeconds!;
        if (measured.ours.serverCpuSeconds && measured.postgraphile.serverCpuSeconds) {
          figures.push({ case: q.name, unit: 'req per server CPU-s', ours: perCpuSecond('ours'), against: 'PostGraphile 4.14', baseline: perCpuSecond('postgraphile'), ratio: perCpuSecond('ours') / perCpuSecond('postgraphile') });
        }
      }
    } finally {
      await Promise.all(Object.values(servers).map((s) => s.stop()));
    }
    return { figures, details: { scale: OPERATIONAL_SCALE, load: LOAD, params, servers: details } };
  },
};
