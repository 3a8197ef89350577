import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadConfig, type Config } from '../../server/config.ts';
import { createApp, type App } from '../../server/app.ts';
import { startHttpServer, type RunningServer } from '../../server/http/server.ts';
import { createToken, type TokenClaims } from '../../server/auth/token.ts';
import { createTestStore, STORE_KINDS } from './stores.ts';

/** A bearer token to send; `undefined` sends the suite's ADMIN token, `null` none (a PUBLIC request). */
export type TestToken = string | null | undefined;

export interface TestServer {
  app: App;
  server: RunningServer;
  /** POSTs a GraphQL operation over real HTTP and returns the parsed JSON body. */
  post<T = any>(query: string, variables?: Record<string, unknown>, token?: TestToken): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  /** POSTs a codegen-typed document (tests/__generated__) and returns its typed body. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: TestToken): Promise<{ data?: T | null; errors?: any[] }>;
  /** Signs a token for this server, e.g. `token({ role: 'FILER', agencyCode })`. */
  token(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}

export const TEST_AUTH_SECRET = 'test-secret-test-secret';

/** A running server on a random port over the given store settings (PGlite in memory by default). */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  // Nothing of ./data: an in-memory store and a warehouse path no ETL has built yet, unless given.
  const unbuiltWarehouse = path.join(os.tmpdir(), `eqp-unbuilt-${randomUUID()}.duckdb`);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_SECRET: TEST_AUTH_SECRET }),
    port: 0, pgliteDir: undefined, warehousePath: unbuiltWarehouse, ...overrides,
  };
  const app = await createApp(config);
  const server = await startHttpServer(app.apollo, app.services, 0);
  const token = (claims: TokenClaims) => createToken(TEST_AUTH_SECRET, claims);
  const admin = await token({ role: 'ADMIN', subject: 'test-admin' });
  const post: TestServer['post'] = async (query, variables, bearer = admin) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  };
  return {
    app,
    server,
    post,
    async request(document, variables, token) {
      return (await post(print(document), variables as Record<string, unknown>, token)).body;
    },
    token,
    async close() {
      await server.close();
      await app.close();
    },
  };
}

/** Declares an HTTP suite once and runs it on a server over each store kind (PGlite; PostgreSQL when TEST_DATABASE_URL is set). */
export function describeServers(name: string, suite: (getServer: () => TestServer) => void): void {
  for (const kind of STORE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let server: TestServer;
      let database: Awaited<ReturnType<typeof createTestStore>> | undefined;
      beforeAll(async () => {
        database = kind === 'postgres' ? await createTestStore('postgres') : undefined;
        server = await startTestServer(database ? { databaseUrl: database.url } : {});
      });
      afterAll(async () => {
        await server?.close();
        await database?.dispose();
      });
      suite(() => server);
    });
  }
}
