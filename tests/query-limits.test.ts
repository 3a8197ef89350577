import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { createTestStore } from './helpers/stores.ts';
import { tempDir } from './helpers/warehouse.ts';
import { insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { storeErrorCode } from '../server/http/store-errors.ts';

const code = (body: { errors?: Array<{ extensions: { code: string } }> }) => body.errors?.[0].extensions.code;

describe('query limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ requestTimeoutMs: 500, maxBodyBytes: 20_000 });
    await insertRegions(t.app.services.store);
    await insertAgencies(t.app.services.store, 5);
  });
  afterAll(async () => t?.close());

  test('depth, aliases and tokens over their limits are QUERY_TOO_COMPLEX (HTTP 400)', async () => {
    const deep = `{ regions { nodes { ${'parent { '.repeat(10)}code${' }'.repeat(10)} } } }`;
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `m${i}: meta { version }`).join(' ')} }`;
    const tokens = `{ meta { ${'version '.repeat(2_100)} } }`;
    for (const query of [deep, aliases, tokens]) {
      const { status, body } = await t.post(query);
      expect([status, code(body)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    }
  });

  test('the cost counts every list at its page size: a big page of nested lists is refused before it runs', async () => {
    const nested = (first: number) => `{ agencies(first: ${first}) { nodes { code officers { name training { hours } } filings { year } } } }`;
    await t.post('{ meta { version } }'); // the first request reads the list statistics the cost uses
    const before = t.app.services.store.statementCount();
    const { status, body } = await t.post(nested(500));
    expect([status, code(body)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(body.errors?.[0].extensions).toMatchObject({ maxCost: 50_000 });
    expect(t.app.services.store.statementCount()).toBe(before);
    expect(code((await t.post(nested(50))).body)).toBeUndefined();
    const viaVariable = (n: number) => t.post(`query($n: Int) { agencies(first: $n) { nodes { officers { training { hours } } } } }`, { n });
    expect(code((await viaVariable(500)).body)).toBe('QUERY_TOO_COMPLEX');
    // The same document again, each time costed with its own variables; a literal one, again refused.
    expect(code((await viaVariable(5)).body)).toBeUndefined();
    expect(code((await viaVariable(500)).body)).toBe('QUERY_TOO_COMPLEX');
    expect(code((await t.post(nested(500))).body)).toBe('QUERY_TOO_COMPLEX');
  });

  test('a page larger than the cap is BAD_USER_INPUT naming the cap', async () => {
    const { body } = await t.post(`{ agencies(first: 501) { totalCount } }`);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxPageSize: 500 });
  });

  test('an oversized body is a 413 PAYLOAD_TOO_LARGE', async () => {
    const { status, body } = await t.post(`{ meta { version } }`, { padding: 'x'.repeat(30_000) });
    expect([status, code(body)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  test('a request over its time answers TIMEOUT at the deadline and the server keeps serving', async () => {
    const slow = vi.spyOn(t.app.services.warehouse, 'query').mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve([]), 3_000)));
    try {
      const started = Date.now();
      const { status, body } = await t.post(`{ supervisionRates(groupBy: [REGION]) { regionCode } }`);
      expect([status, code(body)]).toEqual([503, 'TIMEOUT']);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      slow.mockRestore();
    }
    expect((await t.post(`{ meta { version } }`)).status).toBe(200);
  });
});

describe('production mode', () => {
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('allow');
    const file = path.join(dir, 'operations.json');
    fs.writeFileSync(file, JSON.stringify({ Version: 'query Version { meta { version } }' }));
    t = await startTestServer({ production: true, persistedOperationsFile: file });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('introspection and the landing page are off', async () => {
    const { body } = await t.post(`{ __schema { types { name } } }`);
    expect(code(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await fetch(t.server.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<html');
  });

  test('the allow-list runs listed operations, whatever their layout, and refuses the rest', async () => {
    expect((await t.post(`query Version {meta{version}}`)).body.data.meta.version).toBeTruthy();
    const { status, body } = await t.post(`{ meta { store } }`);
    expect([status, code(body)]).toEqual([400, 'OPERATION_NOT_ALLOWED']);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL statement_timeout', () => {
  test('a statement over the timeout is cancelled by the server and reported as TIMEOUT', async () => {
    const db = await createTestStore('postgres');
    const { openStore } = await import('../server/db/client.ts');
    const store = await openStore({ databaseUrl: db.url, statementTimeoutMs: 200 });
    try {
      const started = Date.now();
      const error = await store.query('select pg_sleep(5)').catch((err: unknown) => err);
      expect(storeErrorCode(error)).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await store.close();
      await db.dispose();
    }
  });
});
