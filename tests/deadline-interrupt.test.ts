import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, expect, test } from 'vitest';
import { Warehouse } from '../warehouse/client.ts';
import { withDeadline } from '../server/http/limits/deadline.ts';
import { startTestServer } from './helpers/server.ts';
import { createTestStore } from './helpers/stores.ts';
import { insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { tempDir } from './helpers/warehouse.ts';

const dir = tempDir('deadline');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a warehouse read still running at the deadline is interrupted, fails as TIMEOUT, and the connection serves the next read', async () => {
  const file = path.join(dir, 'warehouse.duckdb');
  const duck = await DuckDBInstance.create(file);
  (await duck.connect()).closeSync();
  duck.closeSync();
  const warehouse = new Warehouse(file);
  try {
    await warehouse.query('select 1 as n'); // opened, so the deadline falls while the read runs
    // Minutes of work for DuckDB; the deadline is 300 ms.
    let settled: Promise<unknown> = Promise.resolve();
    const started = Date.now();
    const outcome = await withDeadline(300, () => {
      settled = warehouse.query('select sum(a.range * b.range) as s from range(200000) a, range(200000) b').then(() => 'finished', (err: { extensions?: { code?: string } }) => err.extensions?.code);
      return settled;
    });
    expect(outcome.timedOut).toBe(true);
    expect(await settled).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await warehouse.query<{ n: number }>('select 41 + 1 as n')).toEqual([{ n: 42 }]);
  } finally {
    warehouse.close();
  }
});

test.runIf(process.env.TEST_DATABASE_URL)('a store read still running at the deadline is cancelled in PostgreSQL; the client gets TIMEOUT and the pool serves on', async () => {
  const db = await createTestStore('postgres');
  await insertRegions(db.store);
  await insertAgencies(db.store, 3);
  const t = await startTestServer({ databaseUrl: db.url, requestTimeoutMs: 500, statementTimeoutMs: 60_000 });
  const blocker = new pg.Client({ connectionString: db.url });
  await blocker.connect();
  try {
    // Another session holds the table, so the request's read waits inside PostgreSQL.
    await blocker.query('begin');
    await blocker.query('lock table agencies in access exclusive mode');
    const { status, body } = await t.post('{ agencies(first: 5) { totalCount } }');
    expect([status, body.errors?.[0].extensions.code]).toEqual([503, 'TIMEOUT']);
    const waiting = async () => (await blocker.query(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`)).rows[0].n;
    const deadline = Date.now() + 5_000;
    while ((await waiting()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await waiting()).toBe(0);
    await blocker.query('rollback');
    expect((await t.post('{ agencies(first: 5) { totalCount } }')).body.data?.agencies.totalCount).toBe(3);
  } finally {
    await blocker.end();
    await t.close();
    await db.dispose();
  }
});
