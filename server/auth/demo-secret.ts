import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';

/**
 * Demo mode: without AUTH_SECRET, a secret is generated once and kept (mode 0600) under
 * DATA_DIR, so tokens printed by `npm start` and `eqp token create` verify in every process.
 */
const secretFile = (config: Config) => path.join(config.dataDir, 'demo-auth-secret');

export function resolveAuthSecret(config: Config, options: { create: boolean }): string | undefined {
  if (config.authSecret) return config.authSecret;
  const file = secretFile(config);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  if (!options.create) return undefined;
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
