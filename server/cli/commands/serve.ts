import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { advertiseServer } from '../../db/store-lock.ts';
import { createApp, type App } from '../../app.ts';
import { startHttpServer } from '../../http/server.ts';
import { cliConfig, log } from '../runtime.ts';
import type { Config } from '../../config.ts';

/** Serves the app until SIGTERM/SIGINT, then drains in-flight requests and closes the stores. */
export async function serveApp(app: App, config: Config): Promise<void> {
  const key = randomBytes(24).toString('base64url');
  const server = await startHttpServer(app.apollo, app.services, config.port, { key, context: { ...app.services, execute: app.execute } });
  if (app.services.store.kind === 'pglite' && config.pgliteDir) advertiseServer(config.pgliteDir, { port: server.port, key });
  log(`GraphQL ready at ${server.url} (store: ${app.services.store.kind}, warehouse: ${config.warehousePath})`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`${signal} received: draining requests and closing the stores`);
      void server.close().then(() => app.close()).then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve GraphQL on /graphql with /healthz and /readyz')
    .option('--port <port>', 'HTTP port (default $PORT or 4000)', (v) => Number.parseInt(v, 10))
    .action(async (options: { port?: number }) => {
      const config = cliConfig();
      const effective = { ...config, port: options.port ?? config.port };
      await serveApp(await createApp(effective), effective);
    });
}
