import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeServers } from './helpers/server.ts';
import { agencyCode, CITY, insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { tempDir } from './helpers/warehouse.ts';
import { runImport } from '../etl/import/run-import.ts';
import { REGIONS, writeXlsx } from './fixtures/import/build.ts';

/** Strings that break naive SQL, LIKE patterns, JSON or terminals, mixed with arbitrary text. */
const HOSTILE = ["' or 1=1 --", "'; drop table agencies; --", '%', '_', '\\', '\\%', '"', '$1', '\u0000', '机构%', '\u202e', "'||pg_sleep(5)||'", '*/', 'NULL'];
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...HOSTILE).chain((h) => fc.string().map((s) => s + h)));

const NO_LEAK = /select |insert |syntax error|relation "|column "|drizzle|pglite|postgres/i;

describeServers('bad input', (getServer) => {
  const names: string[] = [];
  const dir = tempDir('bad-input');
  beforeAll(async () => {
    await insertRegions(getServer().app.services.store);
    await insertAgencies(getServer().app.services.store, 30);
    for (let n = 1; n <= 30; n++) names.push(`机构${String(n).padStart(3, '0')}`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('hostile strings in every operator of a filter: no 500, no SQL in the answer, the counts JavaScript expects', async () => {
    const t = getServer();
    await fc.assert(fc.asyncProperty(hostileText, fc.constantFrom('eq', 'startsWith', 'contains', 'in', 'ne'), async (text, operator) => {
      const value = operator === 'in' ? [text, names[0]] : text;
      const { status, body } = await t.post(`query($f: AgencyFilter) { agencies(filter: $f) { totalCount } }`, { f: { name: { [operator]: value } } });
      expect(status).toBeLessThan(500);
      expect(JSON.stringify(body)).not.toMatch(NO_LEAK);
      if (body.errors) return void expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: expect.stringMatching(/^filter\.name/) }] });
      const expected = {
        eq: names.filter((n) => n === text), ne: names.filter((n) => n !== text), in: names.filter((n) => n === text || n === names[0]),
        startsWith: names.filter((n) => n.startsWith(text)), contains: names.filter((n) => n.toLowerCase().includes(text.toLowerCase())),
      }[operator];
      expect(body.data.agencies.totalCount).toBe(expected.length);
    }), { numRuns: 120 });
  });

  test('hostile strings in text fields are stored and read back verbatim, or refused with the field named', async () => {
    const t = getServer();
    await fc.assert(fc.asyncProperty(hostileText, async (text) => {
      const input = { agencyCode: agencyCode(1), name: text, regionCode: CITY, level: 'CITY', kind: 'DEPARTMENT', domains: ['FOOD_DRUG'] };
      const { status, body } = await t.post(`mutation($input: AgencyInput!) { upsertAgency(input: $input) { name } }`, { input });
      expect(status).toBeLessThan(500);
      expect(JSON.stringify(body)).not.toMatch(NO_LEAK);
      if (body.errors) expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: expect.stringMatching(/name$/) }] });
      else expect(body.data.upsertAgency.name).toBe(text.trim());
    }), { numRuns: 60 });
  });

  test('malformed documents and variables are 400s with stable codes', async () => {
    const t = getServer();
    for (const [query, variables, expected] of [
      ['{ agencies { totalCount ', undefined, 'GRAPHQL_PARSE_FAILED'],
      ['{ nothing }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
      ['query($n: Int) { agencies(first: $n) { totalCount } }', { n: 'many' }, 'BAD_USER_INPUT'],
      ['\u0000\u0001binary', undefined, 'GRAPHQL_PARSE_FAILED'],
    ] as const) {
      const { status, body } = await t.post(query, variables as Record<string, unknown> | undefined);
      expect([status, body.errors?.[0].extensions.code]).toEqual([400, expected]);
    }
  });

  test('binary and truncated spreadsheets given to the import are file errors; nothing of them is stored and the next file loads', async () => {
    const store = getServer().app.services.store;
    const binary = path.join(dir, 'regions.csv');
    fs.writeFileSync(binary, randomBytes(4096));
    const whole = await writeXlsx(dir, 'whole.xlsx', { regions: [...REGIONS.slice(0, 1), ['420799', '测试区', '420700', 'DISTRICT']] });
    const truncated = path.join(dir, 'truncated.xlsx');
    fs.writeFileSync(truncated, fs.readFileSync(whole).subarray(0, 2000));
    const before = await store.query<{ n: number }>(`select count(*)::int as n from regions`);
    const report = await runImport(store, [binary, truncated, whole], { accept: false, rejectsDir: path.join(dir, 'rejects'), actor: 'test' });
    expect(report.files.map((f) => Boolean(f.error))).toEqual([true, true, false]);
    const after = await store.query<{ n: number }>(`select count(*)::int as n from regions`);
    expect(after[0].n).toBe(before[0].n + 1);
    expect((await getServer().post('{ meta { version } }')).status).toBe(200);
  });
});
