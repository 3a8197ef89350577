import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../server/db/client.ts';
import { seedDemo, type SeedSummary } from '../../server/db/seed/index.ts';
import { runEtl, type EtlReport } from '../../etl/run.ts';
import { ADMIN_URL, ROOT, WORK, databaseUrl } from './paths.ts';

export const SEED = 42;

/** Changes whenever the seed generator, the migrations or the warehouse models change: cached data is then rebuilt. */
function sourceHash(...dirs: string[]): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  for (const dir of dirs) walk(path.join(ROOT, dir));
  return hash.digest('hex').slice(0, 16);
}

function readMarker<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(name: string): Promise<string> {
  await admin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return databaseUrl(name);
}

export const dropDatabase = (name: string) => admin((c) => c.query(`drop database if exists ${name} with (force)`));

export interface SeededDatabase {
  url: string;
  scale: number;
  seed: SeedSummary;
}

/**
 * The demo city at `scale` in its own PostgreSQL database `eqp_bench_s<scale>`, seeded once and
 * reused by later runs (scale 100 takes minutes) until the generator or schema changes.
 */
export async function seededDatabase(scale: number, log: (m: string) => void): Promise<SeededDatabase> {
  const name = `eqp_bench_s${String(scale).replace('.', '_')}`;
  const markerFile = path.join(WORK, `${name}.json`);
  const version = sourceHash('server/db/seed', 'server/db/migrations');
  const marker = readMarker<SeededDatabase & { version: string }>(markerFile);
  const url = databaseUrl(name);
  if (marker?.version === version && (await admin((c) => c.query('select 1 from pg_database where datname = $1', [name]))).rowCount) {
    return marker;
  }
  log(`seeding --scale ${scale} into ${name} (cached in ${path.relative(ROOT, markerFile)} afterwards)`);
  await recreateDatabase(name);
  const seed = await withStore(url, async (store) => {
    const summary = await seedDemo(store, { scale, seed: SEED });
    await store.query('vacuum analyze');
    return summary;
  });
  const result = { url, scale, seed };
  fs.mkdirSync(WORK, { recursive: true });
  fs.writeFileSync(markerFile, JSON.stringify({ ...result, version }, null, 2));
  return result;
}

export async function withStore<T>(url: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ databaseUrl: url, statementTimeoutMs: 600_000 });
  try {
    await store.migrate();
    return await fn(store);
  } finally {
    await store.close();
  }
}

export interface BuiltWarehouse {
  path: string;
  etl: EtlReport;
}

/** The warehouse of a seeded database, built once by a full ETL and cached until its inputs change. */
export async function builtWarehouse(db: SeededDatabase, log: (m: string) => void): Promise<BuiltWarehouse> {
  const file = path.join(WORK, `warehouse-s${db.scale}.duckdb`);
  const markerFile = `${file}.json`;
  const version = `${sourceHash('warehouse/models', 'etl')}:${db.seed.seconds}`;
  const marker = readMarker<BuiltWarehouse & { version: string }>(markerFile);
  if (marker?.version === version && fs.existsSync(file)) return marker;
  log(`building the warehouse of --scale ${db.scale} (full ETL)`);
  const etl = await withStore(db.url, (store) => runEtl(store, { warehousePath: file, full: true }));
  const result = { path: file, etl };
  fs.writeFileSync(markerFile, JSON.stringify({ ...result, version }, null, 2));
  return result;
}
