import fs from 'node:fs';
import type { Command } from 'commander';
import { createApp } from '../../app.ts';
import { createToken } from '../../auth/token.ts';
import { DEMO_CITY, isStoreEmpty, seedDemo } from '../../db/seed/index.ts';
import { runEtl } from '../../../etl/run.ts';
import { cliConfig, log } from '../runtime.ts';
import { serveApp } from './serve.ts';

/**
 * `npm start`: the product on embedded defaults in one command. Migrates, loads the demo city
 * into an empty store, brings the warehouse up to date, prints demo tokens, and serves.
 */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('migrate, seed the demo city when the store is empty, run the ETL and serve')
    .option('--port <port>', 'HTTP port (default $PORT or 4000)', (v) => Number.parseInt(v, 10))
    .action(async (options: { port?: number }) => {
      const config = cliConfig();
      const effective = { ...config, port: options.port ?? config.port };
      const app = await createApp(effective);
      const { store } = app.services;
      if (await isStoreEmpty(store)) {
        log('the store is empty: loading the demo city (鄂州市)');
        const summary = await seedDemo(store, DEMO_CITY);
        log(`seeded ${summary.rows} rows in ${summary.seconds.toFixed(1)} s`);
      }
      const full = !fs.existsSync(config.warehousePath);
      const report = await runEtl(store, { warehousePath: config.warehousePath, full, waitMs: 60_000, publishUrl: config.biDatabaseUrl, onProgress: () => {} });
      log(`warehouse ${report.mode} ETL done in ${(report.durationMs / 1000).toFixed(1)} s`);
      if (config.demoAuth) {
        log('demo mode (AUTH_SECRET unset): tokens valid for 30 days');
        log(`  admin token:     ${await createToken(config.authSecret!, { role: 'ADMIN', ttl: '30d' })}`);
        log(`  read-only token: ${await createToken(config.authSecret!, { role: 'ANALYST', ttl: '30d' })}`);
      }
      await serveApp(app, effective);
    });
}
