import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openStore, type Store } from '../../server/db/client.ts';

/** The stores every store test runs on: PGlite always, real PostgreSQL when TEST_DATABASE_URL is set. */
export const STORE_KINDS: Array<'pglite' | 'postgres'> = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, migrated store of the given kind: in-memory PGlite, or a new database on the test server. */
export async function createTestStore(kind: 'pglite' | 'postgres'): Promise<{ store: Store; url?: string; dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const store = await openStore({});
    await store.migrate();
    return { store, dispose: () => store.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `eqp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  await store.migrate();
  return {
    store,
    url: url.toString(),
    async dispose() {
      await store.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Declares a suite once and runs it on every store kind (drizzle's integration-test pattern). */
export function describeStores(name: string, suite: (getStore: () => Store, kind: 'pglite' | 'postgres') => void): void {
  for (const kind of STORE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let handle: Awaited<ReturnType<typeof createTestStore>>;
      beforeAll(async () => {
        handle = await createTestStore(kind);
      });
      afterAll(async () => handle?.dispose());
      suite(() => handle.store, kind);
    });
  }
}
