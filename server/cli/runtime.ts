import { loadConfig, type Config } from '../config.ts';
import { openStore, type Store } from '../db/client.ts';
import { resolveAuthSecret } from '../auth/demo-secret.ts';
import { CliError, EXIT } from './exit-codes.ts';

/** Output of a command: results to stdout, progress and diagnostics to stderr. */
export const out = (line: string) => process.stdout.write(line + '\n');
export const log = (line: string) => process.stderr.write(line + '\n');

/**
 * The configuration of a command, with the demo auth secret filled in when AUTH_SECRET is unset.
 * Production refuses the demo secret: a secret lying in DATA_DIR is one file read away from forged tokens.
 */
export function cliConfig(): Config {
  const config = loadConfig();
  if (config.production && !config.authSecret) throw new CliError('AUTH_SECRET must be set when NODE_ENV=production', EXIT.USAGE);
  return { ...config, authSecret: resolveAuthSecret(config, { create: true }), demoAuth: !config.authSecret };
}

/** Opens the operational store, migrated, for one command and always closes it. */
export async function withStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir, statementTimeoutMs: config.statementTimeoutMs });
  try {
    await store.migrate();
    return await fn(store);
  } finally {
    await store.close();
  }
}
