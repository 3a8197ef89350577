import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadConfig, type Config } from '../../server/config.ts';
import { createApp, type App } from '../../server/app.ts';
import { startHttpServer, type RunningServer } from '../../server/http/server.ts';
import { createTestStore, STORE_KINDS } from './stores.ts';

export interface TestServer {
  app: App;
  server: RunningServer;
  /** POSTs a GraphQL operation over real HTTP and returns the parsed JSON body. */
  post<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  /** POSTs a codegen-typed document (tests/__generated__) and returns its typed body. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<{ data?: T | null; errors?: any[] }>;
  close(): Promise<void>;
}

/** A running server on a random port over the given store settings (PGlite in memory by default). */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_SECRET: 'test-secret-test-secret' }), port: 0, pgliteDir: undefined, ...overrides };
  const app = await createApp(config);
  const server = await startHttpServer(app.apollo, app.services, 0);
  const post: TestServer['post'] = async (query, variables, token) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
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
