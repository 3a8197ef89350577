import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../server/cli/main.ts';
import { EXIT } from '../server/cli/exit-codes.ts';
import { AGENCIES, REGIONS, tempDir, writeCsv } from './fixtures/import/build.ts';

/** Runs `eqp …` in-process against an embedded store under a fresh DATA_DIR, capturing stdout. */
async function eqp(...args: string[]): Promise<{ code: number; stdout: string }> {
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
  const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await main(['node', 'eqp', ...args]), stdout: writes.join('') };
  } finally {
    spy.mockRestore();
    quiet.mockRestore();
  }
}

describe('eqp import', () => {
  const dir = tempDir();
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  beforeAll(() => {
    process.env.DATA_DIR = path.join(dir, 'data');
    delete process.env.DATABASE_URL;
  });
  afterAll(() => Object.assign(process.env, saved));

  test('loads valid rows, prints a summary per file, writes rejects and exits with 3', async () => {
    const regions = writeCsv(dir, 'regions.csv', [...REGIONS, ['420799', '坏', '420700', 'COUNTY']]);
    const agencies = writeCsv(dir, 'agencies.csv', AGENCIES, 'gbk');
    const { code, stdout } = await eqp('import', agencies, regions);
    expect(code).toBe(EXIT.REJECTED);
    expect(stdout).toContain(`${regions} (regions): 4 read, 3 inserted, 0 updated, 0 unchanged, 1 refused`);
    expect(stdout).toContain(`${agencies} (agencies): 2 read, 2 inserted`);
    const rejects = fs.readdirSync(path.join(dir, 'data', 'rejects'));
    expect(rejects.filter((f) => f.endsWith('-regions.csv.rejects.csv'))).toHaveLength(1);
  });

  test('a clean re-import exits with 0; an unknown --kind is a usage error', async () => {
    const agencies = path.join(dir, 'agencies.csv');
    const again = await eqp('import', agencies);
    expect(again).toEqual({ code: EXIT.OK, stdout: expect.stringContaining('2 read, 0 inserted, 0 updated, 2 unchanged, 0 refused') });
    expect((await eqp('import', agencies, '--kind', 'agency')).code).toBe(EXIT.USAGE);
  });
});
