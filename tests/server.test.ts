import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { createTestStore } from './helpers/stores.ts';

describe('server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => t?.close());

  test('/healthz answers while the process is up', async () => {
    const response = await fetch(t.server.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('/readyz reports the store and the warehouse separately', async () => {
    const response = await fetch(t.server.url.replace('/graphql', '/readyz'));
    const body = await response.json();
    expect(body.store).toBe(true);
    expect(body.warehouse).toBe('not built'); // no ETL has run on this fresh store
    expect(response.status).toBe(200);
  });

  test('GraphQL answers over HTTP', async () => {
    const { status, body } = await t.post('{ meta { store version } }');
    expect(status).toBe(200);
    expect(body.data.meta.store).toBe('pglite');
  });

  test('malformed GraphQL is a clean 400 with a stable code', async () => {
    const { status, body } = await t.post('{ meta { ');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('malformed JSON is refused without taking the server down', async () => {
    const response = await fetch(t.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const again = await t.post('{ meta { store } }');
    expect(again.status).toBe(200);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('server on PostgreSQL', () => {
  let t: TestServer;
  let database: Awaited<ReturnType<typeof createTestStore>>;
  beforeAll(async () => {
    database = await createTestStore('postgres');
    t = await startTestServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  test('/readyz stays ready while every pooled connection is busy (a long import or ETL is load, not an outage)', async () => {
    // Ten statements hold the pool's ten connections for longer than the readiness probe waits.
    const busy = Array.from({ length: 10 }, () => t.app.services.store.query('select pg_sleep(3)'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await fetch(t.server.url.replace('/graphql', '/readyz'));
    expect(await response.json()).toMatchObject({ status: 'ready', store: true });
    expect(response.status).toBe(200);
    await Promise.all(busy);
  });
});
