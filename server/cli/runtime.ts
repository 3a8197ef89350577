import { loadConfig, type Config } from '../config.ts';
import { openStore, type Store } from '../db/client.ts';
import { resolveAuthSecret } from '../auth/demo-secret.ts';

/** Output of a command: results to stdout, progress and diagnostics to stderr. */
export const out = (line: string) => process.stdout.write(line + '\n');
export const log = (line: string) => process.stderr.write(line + '\n');

/** The configuration of a command, with the demo auth secret filled in when AUTH_SECRET is unset. */
export function cliConfig(): Config {
  const config = loadConfig();
  return { ...config, authSecret: resolveAuthSecret(config, { create: true }) };
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
