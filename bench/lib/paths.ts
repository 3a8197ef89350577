import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and bench/.work, where seeded markers, warehouses and exports are cached (gitignored). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WORK = path.join(ROOT, 'bench', '.work');

/**
 * A PostgreSQL database the bench may use to create and drop its scratch databases
 * (`eqp_bench_*`); BENCH_DATABASE_URL overrides the local default.
 */
export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of another database on the same server. */
export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The auth secret every server the bench starts shares, so one token works on each. */
export const BENCH_AUTH_SECRET = 'bench-secret-not-for-production-0123456789';
