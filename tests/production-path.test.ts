import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exited, runEqp, spawnEqp, waitFor } from './helpers/child.ts';
import { FIXTURES, tempDir } from './helpers/warehouse.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const METRICS = path.join(FIXTURES, 'metrics');
const FILES = fs.readdirSync(METRICS).filter((f) => f.endsWith('.csv') && !f.includes('pending') && !f.includes('bad')).map((f) => path.join(METRICS, f));

const admin = async <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const urlFor = (user: string, database: string) => {
  const url = new URL(ADMIN_URL!);
  url.username = user;
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * The path docs/security.md describes, from nothing: a new database, a DATA_DIR that does not
 * exist yet, NODE_ENV=production and a real AUTH_SECRET (no demo secret, no demo city). The
 * migrating login migrates; the server's login, a member of eqp_app, imports, builds the
 * warehouse and serves; a signed token reads a figure worked out by hand from the fixtures.
 */
describe.skipIf(!ADMIN_URL)('the production path from nothing [postgres]', () => {
  const id = randomBytes(5).toString('hex');
  const database = `eqp_prod_${id}`;
  const serverLogin = `eqp_server_${id}`;
  let root: string;
  let env: Record<string, string>;
  const asServer = () => ({ ...env, DATABASE_URL: urlFor(serverLogin, database), BI_DATABASE_URL: urlFor(new URL(ADMIN_URL!).username, database) });
  const ok = async (args: string[], vars: Record<string, string>) => {
    const result = await runEqp(args, vars);
    expect(result.code, result.output).toBe(0);
    return result.output;
  };

  beforeAll(async () => {
    root = tempDir('production-path');
    env = { NODE_ENV: 'production', AUTH_SECRET: randomBytes(32).toString('base64url'), DATA_DIR: path.join(root, 'not', 'yet', 'there') };
    await admin((c) => c.query(`create database ${database}`));
  });
  afterAll(async () => {
    await admin(async (c) => {
      await c.query(`drop database if exists ${database} with (force)`);
      await c.query(`drop role if exists ${serverLogin}`);
    });
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('migrate → import → etl → serve → a query with a token', async () => {
    expect(fs.existsSync(env.DATA_DIR!)).toBe(false);
    await ok(['migrate'], { ...env, DATABASE_URL: urlFor(new URL(ADMIN_URL!).username, database) });
    await admin((c) => c.query(`create role ${serverLogin} login in role eqp_app`));

    await ok(['import', '--accept', ...FILES], asServer());
    await ok(['etl'], asServer());
    expect(fs.existsSync(path.join(env.DATA_DIR!, 'warehouse.duckdb'))).toBe(true);
    const token = (await ok(['token', 'create', '--role', 'ANALYST', '--ttl', '1h'], asServer())).trim().split('\n').at(-1)!;

    const server = spawnEqp(['serve', '--port', '0'], { ...asServer(), LOG_LEVEL: 'info' });
    try {
      const url = (await waitFor(() => /GraphQL ready at (http:\/\/localhost:\d+\/graphql)/.exec(server.output()), 60_000, 100))![1]!;
      const ask = (authorization?: string) => fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ supervisionRates(scope: { years: [2023] }, groupBy: [REGION]) { regionCode filingsDue filingsOnTime } }' }),
      }).then((r) => r.json() as Promise<{ data?: { supervisionRates: Array<{ regionCode: string; filingsDue: number; filingsOnTime: number }> }; errors?: Array<{ extensions: { code: string } }> }>);
      const answer = await ask(`Bearer ${token}`);
      expect(answer.errors).toBeUndefined();
      // 鄂城区 420704 owes 7 filings in 2023: four of 11420704MB0000004E, three of 凤凰街道 (active from 1 April).
      expect(answer.data!.supervisionRates.find((r) => r.regionCode === '420704')!.filingsDue).toBe(7);
      expect((await ask('Bearer not-a-token')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(server.output()).not.toMatch(/demo/i);
    } finally {
      server.kill('SIGTERM');
      expect(await exited(server)).toBe(0);
    }
  });
});
