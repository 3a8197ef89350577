import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, tempDir } from './helpers/warehouse.ts';

const BIN = path.resolve('bin/eqp.js');
const METRICS = path.join(FIXTURES, 'metrics');

describe('cli', () => {
  let dir: string;
  const env = () => ({ ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'error', AUTH_SECRET: 'cli-test-secret-0123456789' });
  const eqp = (...args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], { env: env(), encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    dir = tempDir('cli');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('bad usage exits 2', () => {
    expect(eqp('bogus').code).toBe(2);
    expect(eqp('report', 'evaluation', '--year', '2023', '--format', 'pdf').code).toBe(2);
  });

  test('import loads valid files with exit 0 and refuses a bad transition with exit 3 and a rejects report', () => {
    const files = fs.readdirSync(METRICS).filter((f) => f.endsWith('.csv') && !f.includes('pending') && !f.includes('bad'));
    const ok = eqp('import', '--accept', ...files.map((f) => path.join(METRICS, f)));
    expect(ok.code, ok.stderr).toBe(0);
    const bad = eqp('import', path.join(METRICS, 'problems-bad-transition.csv'));
    expect(bad.code).toBe(3);
    expect(bad.stdout + bad.stderr).toMatch(/status/);
    expect(fs.readdirSync(path.join(dir, 'rejects')).some((f) => f.endsWith('.rejects.csv'))).toBe(true);
  });

  test('etl, then query prints the JSON result', () => {
    expect(eqp('etl').code).toBe(0);
    const result = eqp('query', '{ supervisionRates(scope: { years: [2023] }, groupBy: [REGION]) { regionCode filingsDue } }');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout).data.supervisionRates;
    expect(rows.find((r: { regionCode: string }) => r.regionCode === '420704').filingsDue).toBe(7);
    expect(eqp('query', '{ nope }').code).toBe(1);
  });

  test('report evaluation writes Markdown, CSV and XLSX', () => {
    const md = eqp('report', 'evaluation', '--year', '2023');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/\| 1 \| 420704 \| 鄂城区 \|/);
    expect(md.stdout).toMatch(/## Incomplete entries 数据不全\n\n\| Code 编码 [^\n]*\| Missing 缺少 \|\n\|[-|]+\|\n\| \d+ \| [^\n]* \| satisfaction \|/);
    const xlsx = path.join(dir, 'ranking.xlsx');
    expect(eqp('report', 'evaluation', '--year', '2023', '--level', 'AGENCY', '--format', 'xlsx', '--out', xlsx).code).toBe(0);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const csv = eqp('report', 'evaluation', '--year', '2023', '--format', 'csv');
    expect(csv.stdout.split('\n')[1]).toMatch(/^1,420704,/);
  });

  test('export writes Hive-partitioned Parquet that DuckDB reads back', async () => {
    const out = path.join(dir, 'export');
    expect(eqp('export', '--format', 'parquet', '--out', out).code).toBe(0);
    expect(fs.existsSync(path.join(out, 'mart_supervision_agency_quarter', 'year=2023', 'quarter=2'))).toBe(true);
    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    const reader = await connection.runAndReadAll(
      `select count(*)::int as n, count(*) filter (where is_due)::int as due from read_parquet('${out}/mart_supervision_agency_quarter/**/*.parquet', hive_partitioning = true) where year = 2023`,
    );
    expect(reader.getRowObjectsJS()).toEqual([{ n: 19, due: 19 }]);
    connection.closeSync();
    duck.closeSync();
  });

  test('token create prints a token on its last line', () => {
    const result = eqp('token', 'create', '--role', 'ANALYST', '--ttl', '1h');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(eqp('token', 'create', '--role', 'FILER').code).toBe(2);
  });

  test('while a server owns the embedded store, import, etl and query are handed to it', async () => {
    const server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('GraphQL ready') && resolve());
        server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const etl = eqp('etl');
      expect(etl.code, etl.stderr).toBe(0);
      expect(etl.stderr).toMatch(/handing "etl"/);
      const imported = eqp('import', path.join(METRICS, 'regions.csv'));
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stderr).toMatch(/handing "import"/);
      const query = eqp('query', '{ meta { store } }');
      expect(JSON.parse(query.stdout).data.meta.store).toBe('pglite');
      const migrate = eqp('migrate');
      expect(migrate.code).toBe(1);
      expect(migrate.stderr).toMatch(/in use by pid/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.on('exit', resolve));
    }
    expect(eqp('migrate').code).toBe(0); // the lock went with the server
  });
});
