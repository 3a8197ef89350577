import { loadConfig, type Config } from '../../server/config.ts';
import { createApp, type App } from '../../server/app.ts';
import { startHttpServer, type RunningServer } from '../../server/http/server.ts';

export interface TestServer {
  app: App;
  server: RunningServer;
  /** POSTs a GraphQL operation over real HTTP and returns the parsed JSON body. */
  post<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

/** A running server on a random port over the given store settings (PGlite in memory by default). */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_SECRET: 'test-secret-test-secret' }), port: 0, pgliteDir: undefined, ...overrides };
  const app = await createApp(config);
  const server = await startHttpServer(app.apollo, app.services, 0);
  return {
    app,
    server,
    async post(query, variables, token) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      await server.close();
      await app.close();
    },
  };
}
