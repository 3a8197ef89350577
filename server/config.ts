import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_XLSX_MAX_MB } from '../etl/import/limits.ts';

/** The one place that reads process.env: everything else receives a parsed Config. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  BI_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  WAREHOUSE_PATH: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  AUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  MAX_PAGE_SIZE: z.coerce.number().int().positive().default(500),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  MAX_DEPTH: z.coerce.number().int().positive().default(10),
  MAX_ALIASES: z.coerce.number().int().positive().default(15),
  MAX_TOKENS: z.coerce.number().int().positive().default(2_000),
  MAX_DIRECTIVES: z.coerce.number().int().positive().default(20),
  MAX_COST: z.coerce.number().int().positive().default(50_000),
  QUERY_LIMITS: z.enum(['on', 'off']).default('on'),
  PERSISTED_OPERATIONS_FILE: z.string().optional(),
  INTROSPECTION: z.enum(['on', 'off']).optional(),
  IMPORT_XLSX_MAX_MB: z.coerce.number().positive().default(DEFAULT_XLSX_MAX_MB),
  AUDIT_DENIAL_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
  MIN_CELL_RECORDS: z.coerce.number().int().min(1).default(5),
});

export interface Config {
  databaseUrl?: string;
  /** PostgreSQL server every ETL publishes the marts to (schema `analytics`): BI_DATABASE_URL, else DATABASE_URL; unset with PGlite. */
  biDatabaseUrl?: string;
  dataDir: string;
  /** Unset: an in-memory PGlite (tests). */
  pgliteDir?: string;
  warehousePath: string;
  port: number;
  authSecret?: string;
  production: boolean;
  /** INTROSPECTION=on|off: schema introspection and the GraphQL explorer page; unset follows `production` (see introspectionEnabled). */
  introspection?: boolean;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  statementTimeoutMs: number;
  requestTimeoutMs: number;
  maxPageSize: number;
  /** Largest accepted request body (HTTP 413 above it). */
  maxBodyBytes: number;
  /** Query limits (server/http/limits); `enabled: false` only for benchmarks comparing their overhead. */
  limits: QueryLimits;
  /** A JSON file of the only operations the server runs (persisted-operation allow-list); unset: any. */
  persistedOperationsFile?: string;
  /** Largest total an imported workbook may decompress to, in bytes (IMPORT_XLSX_MAX_MB). */
  importXlsxMaxBytes: number;
  /** Denials of one caller for one reason within this interval are audited as one counted event (server/auth/denial-limit.ts). */
  auditDenialIntervalMs: number;
  /** PUBLIC reads no aggregate cell built from fewer records than this (server/auth/small-cells.ts). */
  minCellRecords: number;
  /** True when AUTH_SECRET is unset and tokens are signed with the generated demo secret. */
  demoAuth?: boolean;
}

export interface QueryLimits {
  enabled: boolean;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Estimated fields resolved, with each list counted at its page size (server/http/limits/cost.ts). */
  maxCost: number;
}

/** Introspection (and with it the explorer page) is on unless set off, or in production unless set on. */
export const introspectionEnabled = (config: Pick<Config, 'introspection' | 'production'>): boolean => config.introspection ?? !config.production;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // An empty variable (DATABASE_URL=) means unset, as in a shell.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(overrides.dataDir ?? e.DATA_DIR);
  return {
    databaseUrl: e.DATABASE_URL,
    biDatabaseUrl: e.BI_DATABASE_URL ?? e.DATABASE_URL,
    dataDir,
    pgliteDir: path.join(dataDir, 'pg'),
    warehousePath: path.resolve(e.WAREHOUSE_PATH ?? path.join(dataDir, 'warehouse.duckdb')),
    port: e.PORT,
    authSecret: e.AUTH_SECRET,
    production: e.NODE_ENV === 'production',
    introspection: e.INTROSPECTION === undefined ? undefined : e.INTROSPECTION === 'on',
    logLevel: e.LOG_LEVEL,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxPageSize: e.MAX_PAGE_SIZE,
    maxBodyBytes: e.MAX_BODY_BYTES,
    limits: {
      enabled: e.QUERY_LIMITS === 'on', maxDepth: e.MAX_DEPTH, maxAliases: e.MAX_ALIASES, maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES, maxCost: e.MAX_COST,
    },
    persistedOperationsFile: e.PERSISTED_OPERATIONS_FILE && path.resolve(e.PERSISTED_OPERATIONS_FILE),
    importXlsxMaxBytes: Math.round(e.IMPORT_XLSX_MAX_MB * 1024 * 1024),
    auditDenialIntervalMs: e.AUDIT_DENIAL_INTERVAL_MS,
    minCellRecords: e.MIN_CELL_RECORDS,
    ...overrides,
  };
}
