import path from 'node:path';
import { z } from 'zod';

/** The one place that reads process.env: everything else receives a parsed Config. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  WAREHOUSE_PATH: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  AUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  MAX_PAGE_SIZE: z.coerce.number().int().positive().default(500),
});

export interface Config {
  databaseUrl?: string;
  dataDir: string;
  /** Unset: an in-memory PGlite (tests). */
  pgliteDir?: string;
  warehousePath: string;
  port: number;
  authSecret?: string;
  production: boolean;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  statementTimeoutMs: number;
  requestTimeoutMs: number;
  maxPageSize: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(overrides.dataDir ?? e.DATA_DIR);
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir,
    pgliteDir: path.join(dataDir, 'pg'),
    warehousePath: path.resolve(e.WAREHOUSE_PATH ?? path.join(dataDir, 'warehouse.duckdb')),
    port: e.PORT,
    authSecret: e.AUTH_SECRET,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxPageSize: e.MAX_PAGE_SIZE,
    ...overrides,
  };
}
