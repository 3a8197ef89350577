/**
 * Limits overhead: a mixed read workload under autocannon against the server with its query
 * limits on (depth, aliases, tokens, page-size-aware cost) and off, in-process on a random
 * loopback port over the demo city in an embedded store. Prints the figures and writes them
 * into bench/README.md under "Limits overhead".  Run: npm run bench:limits
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig, type Config } from '../server/config.ts';
import { createApp } from '../server/app.ts';
import { startHttpServer } from '../server/http/server.ts';
import { createToken } from '../server/auth/token.ts';
import { isStoreEmpty, seedDemo } from '../server/db/seed/index.ts';
import { runEtl } from '../etl/run.ts';

const SECONDS = 5;
const ROUNDS = 2;
const CONNECTIONS = 10;
const SECRET = 'bench-limits-secret-bench-limits';
const README = path.join(path.dirname(fileURLToPath(import.meta.url)), 'README.md');

/** What a dashboard and an analyst do at once: pages with nested relations, lookups and aggregates. */
const WORKLOAD = [
  '{ agencies(first: 50) { totalCount nodes { code name region { name } officers { name } filings { year quarter status } } } }',
  '{ filings(first: 100, filter: { year: { eq: 2023 } }) { totalCount nodes { agencyCode quarter status onTime } } }',
  '{ penaltyCases(first: 50, orderBy: [{ field: FINE_YUAN, direction: DESC }]) { nodes { caseNo fineYuan band standard { minYuan maxYuan } } } }',
  '{ supervisionRates(scope: { years: [2023] }, groupBy: [REGION]) { regionCode supervisionRate inspectionRate } }',
  '{ problems(first: 50) { nodes { code status events { status statusOn } } } }',
];

interface Figures { requestsPerSecond: number; p95Ms: number; requests: number }

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function mean(runs: Figures[]): Figures {
  const avg = (pick: (f: Figures) => number) => runs.reduce((sum, f) => sum + pick(f), 0) / runs.length;
  return { requestsPerSecond: avg((f) => f.requestsPerSecond), p95Ms: avg((f) => f.p95Ms), requests: avg((f) => f.requests) };
}

async function measure(config: Config): Promise<Figures> {
  const app = await createApp(config);
  const server = await startHttpServer(app.apollo, app.services, 0);
  try {
    const token = await createToken(SECRET, { role: 'ADMIN', ttl: '1h' });
    const requests = WORKLOAD.map((query) => ({ method: 'POST', body: JSON.stringify({ query }) }));
    const run = (seconds: number, onLatency?: (ms: number) => void) => {
      const instance = autocannon({
        url: server.url.replace('localhost', '127.0.0.1'), connections: CONNECTIONS, duration: seconds, requests,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      if (onLatency) instance.on('response', (_c, _s, _b, ms) => onLatency(ms));
      return instance;
    };
    await run(1); // warm-up: JIT, plans, DataLoader paths
    const latencies: number[] = [];
    const result = await run(SECONDS, (ms) => latencies.push(ms));
    const failed = result.errors + result.timeouts + result.non2xx;
    if (failed) throw new Error(`${failed} requests failed: a workload query is refused or broken`);
    latencies.sort((a, b) => a - b);
    return { requestsPerSecond: result.requests.total / SECONDS, p95Ms: percentile(latencies, 95), requests: result.requests.total };
  } finally {
    await server.close();
    await app.close();
  }
}

/** Replaces (or appends) this benchmark's section of bench/README.md, keeping every other section. */
function writeSection(body: string): void {
  const heading = '## Limits overhead';
  const current = fs.existsSync(README) ? fs.readFileSync(README, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(heading);
  const next = start < 0 ? -1 : current.indexOf('\n## ', start + heading.length);
  const section = `${heading}\n\n${body}\n`;
  const updated = start < 0
    ? `${current.trimEnd()}\n\n${section}`
    : `${current.slice(0, start)}${section}${next < 0 ? '' : current.slice(next + 1)}`;
  fs.writeFileSync(README, updated);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eqp-bench-limits-'));
  try {
    const base = { ...loadConfig({ LOG_LEVEL: 'silent', AUTH_SECRET: SECRET, DATA_DIR: dataDir }), port: 0 };
    const setup = await createApp(base);
    if (await isStoreEmpty(setup.services.store)) await seedDemo(setup.services.store, { scale: 1, seed: 42 });
    await runEtl(setup.services.store, { warehousePath: base.warehousePath, full: true, onProgress: () => {} });
    await setup.close();
    // Interleaved runs (off, on, off, on) so warm-up and drift weigh on both sides alike.
    const offConfig = { ...base, limits: { ...base.limits, enabled: false } };
    const runs: Record<'on' | 'off', Figures[]> = { on: [], off: [] };
    for (let i = 0; i < ROUNDS; i++) {
      runs.off.push(await measure(offConfig));
      runs.on.push(await measure(base));
    }
    const on = mean(runs.on);
    const off = mean(runs.off);
    const ratio = on.requestsPerSecond / off.requestsPerSecond;
    const table = [
      '| limits | requests/s | p95 (ms) | requests |',
      '|---|---:|---:|---:|',
      `| on | ${on.requestsPerSecond.toFixed(0)} | ${on.p95Ms.toFixed(1)} | ${on.requests.toFixed(0)} |`,
      `| off | ${off.requestsPerSecond.toFixed(0)} | ${off.p95Ms.toFixed(1)} | ${off.requests.toFixed(0)} |`,
    ].join('\n');
    const body = `\`npm run bench:limits\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs): ` +
      `${WORKLOAD.length} queries in rotation (nested pages, a filtered page, an aggregate), ${CONNECTIONS} connections, ` +
      `${SECONDS} s per run, ${ROUNDS} interleaved runs each (means), demo city (scale 1) in the embedded store, ADMIN token.\n\n${table}\n\n` +
      `Throughput with limits on / off: **${ratio.toFixed(3)}** (p95 ${(on.p95Ms / off.p95Ms).toFixed(3)}×). ` +
      'The limits are armor\'s validation rules, the parser\'s token cap and one walk of the operation for its cost, all before execution.';
    console.log(table);
    console.log(`overhead ratio (on/off requests per second): ${ratio.toFixed(3)}`);
    writeSection(body);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
