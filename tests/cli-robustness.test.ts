import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { tempDir } from './helpers/warehouse.ts';

const BIN = path.resolve('bin/eqp.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** `eqp` as a user runs it: from `cwd`, with only the given environment. */
function eqp(args: string[], env: Record<string, string>, cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env }, encoding: 'utf8', timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('eqp wherever it runs', () => {
  test('runs from a directory other than the repository root (decorators compile with the project tsconfig)', () => {
    const elsewhere = tempDir('cwd');
    dirs.push(elsewhere);
    const result = eqp(['token', 'create', '--role', 'ANALYST', '--ttl', '1h'], { AUTH_SECRET: 'cwd-test-secret-0123456789' }, elsewhere);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }, 120_000);

  test('etl and report --out create the directories they write to', () => {
    const dir = tempDir('mkdir');
    dirs.push(dir);
    const env = { DATA_DIR: path.join(dir, 'data'), WAREHOUSE_PATH: path.join(dir, 'not', 'yet', 'warehouse.duckdb'), AUTH_SECRET: 'mkdir-test-secret-0123456789' };
    const etl = eqp(['etl'], env);
    expect(etl.code, etl.stderr).toBe(0);
    expect(fs.existsSync(env.WAREHOUSE_PATH)).toBe(true);
    const out = path.join(dir, 'reports', '2023', 'ranking.md');
    const report = eqp(['report', 'evaluation', '--year', '2023', '--out', out], env);
    expect(report.code, report.stderr).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  }, 300_000);

  test('an unexpected failure prints one line; LOG_LEVEL=debug adds the stack', () => {
    // Nothing listens on port 1: the store cannot be reached.
    const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', AUTH_SECRET: 'oneline-test-secret-0123456789', DATA_DIR: os.tmpdir() };
    const plain = eqp(['migrate'], env);
    expect(plain.code).toBe(1);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toMatch(/^eqp: .*ECONNREFUSED/);
    const debug = eqp(['migrate'], { ...env, LOG_LEVEL: 'debug' });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  }, 120_000);
});
