import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as tables from './tables/index.ts';
import { lockEmbeddedStore } from './store-lock.ts';
import { currentDeadline } from '../http/limits/deadline.ts';

export type Tables = typeof tables;
export type Db = PgDatabase<PgQueryResultHKT, Tables>;

/** The operational store: drizzle over node-postgres (a server) or PGlite (embedded). */
export interface Store {
  kind: 'postgres' | 'pglite';
  db: Db;
  /** The embedded database itself, for work handed in from a worker thread (server/handoff/store-host.ts). */
  pglite?: PGlite;
  /** Runs raw SQL with positional parameters and returns the rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** SQL statements issued so far (drizzle and raw); tests use it to prove DataLoader batching. */
  statementCount(): number;
}

/** Counts statements through drizzle's logger hook, which sees every query it prepares. */
function statementCounter() {
  let count = 0;
  return { logger: { logQuery: () => void count++ }, bump: () => void count++, read: () => count };
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies the migrations the store lacks. A store already up to date is left alone without a
 * single DDL statement, so a login of the application role (eqp_app, which may create nothing:
 * docs/security.md) opens it; one that is behind says who has to migrate it.
 */
async function migrateWhenBehind(query: (text: string) => Promise<Array<Record<string, unknown>>>, apply: () => Promise<void>): Promise<void> {
  const latest = readMigrationFiles({ migrationsFolder }).at(-1)!.folderMillis;
  // drizzle applies every migration younger than the newest it has recorded (created_at = the journal's `when`).
  const applied = await query('select max(created_at) as at from drizzle.__drizzle_migrations').then((rows) => Number(rows[0]?.at ?? 0), () => 0);
  if (applied >= latest) return;
  await apply().catch((err) => {
    if ((err as { cause?: { code?: string } }).cause?.code !== '42501') throw err;
    throw new Error(`the operational store needs migrations this login may not apply (${(err as { cause: Error }).cause.message}): run \`eqp migrate\` as the schema owner (docs/security.md)`, { cause: err });
  });
}

export interface StoreOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  statementTimeoutMs?: number;
  onPoolError?: (err: Error) => void;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options.pgliteDir);
}

function openPostgres(url: string, options: StoreOptions): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    // Reads run as named prepared statements (server/db/queries/statement-cache.ts); retiring
    // connections bounds how many of them the server holds.
    maxLifetimeSeconds: 600,
    statement_timeout: options.statementTimeoutMs,
  });
  // An idle client dying (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (err) => options.onPoolError?.(err));
  cancelAtDeadline(pool);
  const probe = readinessProbe(url, options);
  const counter = statementCounter();
  const db = drizzlePg(pool, { schema: tables, casing: 'snake_case', logger: counter.logger }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async query(text, params) {
      counter.bump();
      return (await pool.query(text, params as unknown[])).rows;
    },
    migrate: () => migrateWhenBehind((text) => pool.query(text).then((r) => r.rows), () => migratePg(db as never, { migrationsFolder })),
    ping: probe.ping,
    close: async () => { await Promise.all([pool.end(), probe.close()]); },
    statementCount: counter.read,
  };
}

/**
 * Readiness asks the server on a connection of its own: with every pooled connection busy in a
 * long import or ETL the server is loaded, not down, and a load balancer must not pull it.
 */
function readinessProbe(url: string, options: StoreOptions) {
  const pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0, connectionTimeoutMillis: 5_000, statement_timeout: 5_000 });
  pool.on('error', (err) => options.onPoolError?.(err));
  return {
    ping: () => pool.query('select 1').then(() => true, () => false),
    close: () => pool.end(),
  };
}

/**
 * A connection handed to a request cancels its running statement when the request's deadline
 * passes (pg_cancel_backend from another connection): the request answers TIMEOUT and the
 * connection, its statement cancelled, goes back to the pool usable.
 */
function cancelAtDeadline(pool: pg.Pool): void {
  const pending = new WeakMap<pg.PoolClient, () => void>();
  pool.on('acquire', (client) => {
    const deadline = currentDeadline();
    if (!deadline) return;
    const pid = (client as pg.PoolClient & { processID?: number }).processID;
    pending.set(client, deadline.onExpire(() => {
      pool.query('select pg_cancel_backend($1)', [pid]).catch(() => undefined);
    }));
  });
  pool.on('release', (_err: Error | undefined, client: pg.PoolClient) => {
    pending.get(client)?.();
    pending.delete(client);
  });
}

async function openPglite(dir?: string): Promise<Store> {
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const unlock = dir ? lockEmbeddedStore(dir) : () => {};
  const client = await (dir ? PGlite.create(dir) : PGlite.create()).catch((err) => {
    unlock();
    throw err;
  });
  const counter = statementCounter();
  const db = drizzlePglite(client, { schema: tables, casing: 'snake_case', logger: counter.logger }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    async query(text, params) {
      counter.bump();
      return (await client.query(text, params as unknown[])).rows as never[];
    },
    migrate: () => migrateWhenBehind((text) => client.query<Record<string, unknown>>(text).then((r) => r.rows), () => migratePglite(db as never, { migrationsFolder })),
    // PGlite has one session: while a transaction (an import's file) holds it, a query would only
    // wait behind it, so the store counts as reachable when it is open and busy.
    ping: () => (client.isInTransaction() ? Promise.resolve(!client.closed) : client.query('select 1').then(() => true, () => false)),
    close: () => client.close().finally(unlock),
    statementCount: counter.read,
  };
}
