import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startTestServer } from './helpers/server.ts';
import { FIXTURES, tempDir } from './helpers/warehouse.ts';
import { insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { exited, runEqp, spawnEqp, waitFor } from './helpers/child.ts';
import { canManageClusters, createCluster } from './helpers/pg-cluster.ts';
import { Warehouse } from '../warehouse/client.ts';
import { openStore } from '../server/db/client.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const freshDir = (prefix: string) => {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
};

describe.runIf(process.env.TEST_DATABASE_URL && canManageClusters)('PostgreSQL restarting under load', () => {
  test('every request gets an answer, /readyz follows the store down and up, and the server serves on', async () => {
    const cluster = await createCluster();
    const t = await startTestServer({ databaseUrl: cluster.url, requestTimeoutMs: 10_000 });
    try {
      await insertRegions(t.app.services.store);
      await insertAgencies(t.app.services.store, 20);
      const readyz = async () => (await fetch(t.server.url.replace('/graphql', '/readyz'), { signal: AbortSignal.timeout(5_000) })).json();
      const outcomes: string[] = [];
      let running = true;
      const load = async () => {
        while (running) {
          const { status, body } = await t.post(`{ agencies(first: 20) { totalCount nodes { officers { name } } } }`);
          outcomes.push(body.errors ? body.errors[0].extensions.code : `${status}`);
        }
      };
      const workers = Array.from({ length: 4 }, load);
      let secondsToReady = Infinity;
      try {
        await waitFor(() => outcomes.length > 20, 10_000);
        try {
          cluster.ctl('stop');
          expect(await readyz()).toMatchObject({ store: false });
          await waitFor(() => outcomes.includes('STORE_UNAVAILABLE'), 10_000);
        } finally {
          cluster.ctl('start');
        }
        const restarted = Date.now();
        await waitFor(async () => (await readyz()).store, 15_000, 100);
        secondsToReady = (Date.now() - restarted) / 1000;
        const answered = outcomes.length;
        await waitFor(() => outcomes.length > answered + 20, 10_000);
      } finally {
        running = false;
        await Promise.all(workers);
      }
      console.info(`[faults] ${outcomes.length} requests over a PostgreSQL stop/start; ready ${secondsToReady.toFixed(2)} s after the start`);
      expect(secondsToReady).toBeLessThan(5);
      expect(new Set(outcomes)).toEqual(new Set(['200', 'STORE_UNAVAILABLE']));
      expect(outcomes.slice(-10)).toEqual(Array(10).fill('200'));
      cluster.ctl('restart');
      await waitFor(async () => (await t.post(`{ agencies { totalCount } }`)).status === 200, 15_000, 100);
    } finally {
      await t.close();
      cluster.drop();
    }
  }, 90_000);
});

describe('process faults', () => {
  test('SIGTERM lets an in-flight request finish, then closes the store and exits 0', async () => {
    const dataDir = freshDir('drain');
    const server = spawnEqp(['serve', '--port', '0'], { DATA_DIR: dataDir, AUTH_SECRET: 'drain-secret-drain-secret' });
    const port = Number((await waitFor(() => /GraphQL ready at http:\/\/localhost:(\d+)/.exec(server.output()), 60_000))![1]);
    const body = JSON.stringify({ query: '{ meta { version store } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      // Half the body now, the rest after SIGTERM: the request is in flight when the signal lands.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.meta.store).toBe('pglite');
    expect(await exited(server)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pg.lock'))).toBe(false);
    const reopened = await openStore({ pgliteDir: path.join(dataDir, 'pg') });
    await reopened.close();
  });

  test('an ETL killed mid-build leaves the previous warehouse; the next run completes; two at once cannot both run', async () => {
    const dataDir = freshDir('etl-kill');
    const env = { DATA_DIR: dataDir, AUTH_SECRET: 'etl-kill-secret-etl-kill' };
    const files = ['regions', 'agencies', 'standards', 'filings', 'penalties', 'problems', 'reviews', 'surveys', 'officers', 'training']
      .map((kind) => path.join(FIXTURES, 'metrics', `${kind}.csv`));
    expect((await runEqp(['import', ...files, '--accept'], env)).code).toBe(0);
    expect((await runEqp(['etl', '--full'], env)).code).toBe(0);
    const warehousePath = path.join(dataDir, 'warehouse.duckdb');
    const acceptedFilings = async () => {
      const warehouse = new Warehouse(warehousePath);
      try {
        return (await warehouse.query<{ n: number }>('select count(*)::int as n from raw_filings'))[0].n;
      } finally {
        warehouse.close();
      }
    };
    expect(await acceptedFilings()).toBe(18);
    expect((await runEqp(['import', path.join(FIXTURES, 'metrics', 'filings-pending.csv'), '--accept'], env)).code).toBe(0);

    const etl = spawnEqp(['etl', '--full'], env);
    await waitFor(() => fs.readdirSync(dataDir).some((f) => f.includes('.building-')), 60_000, 2);
    etl.kill('SIGKILL');
    expect(await exited(etl)).toBe('SIGKILL');
    expect(await acceptedFilings()).toBe(18);

    const rerun = await runEqp(['etl'], env);
    expect(rerun.code, rerun.output).toBe(0);
    expect(await acceptedFilings()).toBe(19);
    const log = await runEqp(['query', '{ etlRuns(first: 5) { status error } }'], env);
    const runs = JSON.parse(log.output).data.etlRuns as Array<{ status: string; error: string | null }>;
    expect(runs.map((r) => r.status)).toEqual(['SUCCEEDED', 'FAILED', 'SUCCEEDED']);
    expect(runs[1].error).toMatch(/killed/);

    // --wait waits whoever holds the way: here the other run's process owns the embedded store.
    const waited = await Promise.all([runEqp(['etl', '--wait', '60'], env), runEqp(['etl', '--wait', '60'], env)]);
    expect(waited.map((r) => r.code), waited.map((r) => r.output).join('\n')).toEqual([0, 0]);

    const [first, second] = await Promise.all([runEqp(['etl', '--full'], env), runEqp(['etl', '--full'], env)]);
    const codes = [first.code, second.code].sort();
    expect(codes).toEqual([0, 1]);
    expect([first, second].find((r) => r.code === 1)!.output).toMatch(/in use by pid|another ETL run is in progress/);
    expect(await acceptedFilings()).toBe(19);
  }, 120_000);
});
