import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { eq } from 'drizzle-orm';
import { runImport, type ImportOptions } from '../etl/import/run-import.ts';
import { agencies } from '../server/db/tables/index.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, FILING_HEADER, REGIONS, agencyCode, tempDir, writeCsv, writeJson, writeXlsx } from './fixtures/import/build.ts';

const NOW = new Date('2023-05-01T02:00:00Z');

describeStores('import into the store', (getStore) => {
  const dir = tempDir();
  const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ rejectsDir: path.join(dir, 'rejects'), actor: 'import:test', now: NOW, ...extra });
  const count = async (sql: string) => (await getStore().query<{ n: number }>(`select count(*)::int as n from ${sql}`))[0].n;
  let files: string[];

  beforeAll(async () => {
    files = [
      // Given in the wrong order on purpose: filings need agencies, which need regions.
      writeCsv(dir, 'filings.csv', [
        FILING_HEADER,
        [AGENCY_A, 2023, 1, 10, 5, '1234.50', 20, 12, 4, 6, '2023-04-10 09:30'],
        [AGENCY_A, 2023, 5, 1, 1, '0', 1, 1, 0, 0, null],
        [AGENCY_B, 2023, 1, 3, 2, '99.9', 10, 11, 0, 0, null],
        [agencyCode(99), 2023, 1, 0, 0, '0', 0, 0, 0, 0, null],
        [AGENCY_B, 2023, 2, 4, 4, '0.5', 10, 9, 2, 2, '2023-07-20T08:00:00+08:00'],
        [AGENCY_A, 2023, 1, 9, 9, '9', 9, 9, 9, 9, null],
      ], 'gbk'),
      writeJson(dir, 'agencies.json', AGENCIES.slice(1).map((r) => Object.fromEntries(AGENCIES[0].map((h, i) => [h, r[i]])))),
      await writeXlsx(dir, 'regions.xlsx', { regions: REGIONS }),
    ];
  });

  test('loads the files in dependency order, refusing bad rows and keeping the good ones', async () => {
    const report = await runImport(getStore(), files, options());
    expect(report.files.map((f) => [f.kind, f.inserted, f.rejected, f.error])).toEqual([
      ['regions', 3, 0, undefined],
      ['agencies', 2, 0, undefined],
      ['filings', 2, 4, undefined],
    ]);
    expect(report.refused).toBe(true);
    const filings = report.files[2];
    expect(filings.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
      [2, '季度', 'must be at most 4'],
      [3, '已行使事项数', expect.stringMatching(/^must not exceed itemsTotal/)],
      [4, '单位编码', expect.stringMatching(new RegExp(`^unknown agency '${agencyCode(99)}'`))],
      [6, '单位编码', expect.stringMatching(/^duplicate key \(agencyCode, year, quarter\)/)],
    ]);
    const csv = fs.readFileSync(filings.rejectsReport!.csv, 'utf8');
    expect(csv).toContain('filings.csv,,2,季度,quarter,5,must be at most 4');
    const json = JSON.parse(fs.readFileSync(filings.rejectsReport!.json, 'utf8'));
    expect(json.rowConvention).toMatch(/first row below the header is row 1/);
    const [a] = await getStore().query<Record<string, unknown>>(
      `select status, fines_total_yuan::text as fines, submitted_at = '2023-04-10T01:30:00Z' as on_time from filings where agency_code = $1`, [AGENCY_A]);
    expect(a).toEqual({ status: 'SUBMITTED', fines: '1234.50', on_time: true });
  });

  test('re-importing the same files changes nothing: no update, no audit event', async () => {
    const audits = await count('audit_events');
    const [before] = await getStore().query<{ t: string }>(`select max(updated_at)::text as t from filings`);
    const report = await runImport(getStore(), files, options({ now: new Date('2023-06-01T00:00:00Z') }));
    expect(report.files.map((f) => [f.inserted, f.updated, f.unchanged])).toEqual([[0, 0, 3], [0, 0, 2], [0, 0, 2]]);
    expect(await count('audit_events')).toBe(audits);
    const [after] = await getStore().query<{ t: string }>(`select max(updated_at)::text as t from filings`);
    expect(after.t).toBe(before.t);
  });

  test('a changed row is audited in the database with the images Node would write: the stored row before, the written one after', async () => {
    const renamed = AGENCIES.map((r, i) => (i === 1 ? [r[0], '鄂州市市场监管局', ...r.slice(2)] : r));
    const before = await getStore().db.select().from(agencies).where(eq(agencies.code, AGENCY_A));
    const report = await runImport(getStore(), [writeCsv(dir, 'agencies-renamed.csv', renamed, 'utf8')], options());
    expect(report.files[0]).toMatchObject({ kind: 'agencies', updated: 1, unchanged: 1, inserted: 0 });
    const after = await getStore().db.select().from(agencies).where(eq(agencies.code, AGENCY_A));
    const events = await getStore().query<{ action: string; key: string; before: unknown; after: unknown }>(
      `select action, entity_key as key, before, after from audit_events where entity = 'agency' and action = 'update'`);
    const asJson = (row: unknown) => JSON.parse(JSON.stringify(row));
    expect(events).toEqual([{ action: 'update', key: AGENCY_A, before: asJson(before[0]), after: asJson(after[0]) }]);
    expect(after[0]!.name).toBe('鄂州市市场监管局');
  });

  test('a resubmitted filing replaces the figures; --accept marks it accepted by the actor', async () => {
    const file = writeCsv(dir, 'resubmit.csv', [['agencyCode', 'year', 'quarter', 'licensingCount', 'itemsTotal', 'itemsExercised'], [AGENCY_A, 2023, 1, 7, 20, 15]], 'utf8-bom');
    const report = await runImport(getStore(), [file], options({ accept: true }));
    expect(report.files[0]).toMatchObject({ kind: 'filings', updated: 1, rejected: 0 });
    const rows = await getStore().query<Record<string, unknown>>(
      `select licensing_count, penalty_count, items_exercised, status, reviewed_by, fines_total_yuan::text as fines from filings where agency_code = $1`, [AGENCY_A]);
    expect(rows).toEqual([{ licensing_count: 7, penalty_count: 0, items_exercised: 15, status: 'ACCEPTED', reviewed_by: 'import:test', fines: '0.00' }]);
    const [audit] = await getStore().query<{ before: { licensingCount: number }; after: { licensingCount: number } }>(
      `select before, after from audit_events where entity = 'filing' and action = 'update'`);
    expect([audit.before.licensingCount, audit.after.licensingCount]).toEqual([10, 7]);
  });

  test('a file that cannot be read is refused whole while the others load', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, fs.readFileSync(files[2]).subarray(0, 300));
    const binary = path.join(dir, 'binary.csv');
    fs.writeFileSync(binary, Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01]));
    const survey = writeCsv(dir, 'surveys.csv', [['year', 'regionCode', 'respondentGroup', 'respondents', 'score'], [2023, '420704', 'PUBLIC', 120, 86.5]]);
    const report = await runImport(getStore(), [broken, binary, survey], options());
    expect(report.files.map((f) => [path.basename(f.file), f.error ?? f.inserted])).toEqual([
      ['broken.xlsx', expect.stringMatching(/^not a readable \.xlsx workbook/)],
      ['binary.csv', 'not a text file: a NUL byte at offset 4'],
      ['surveys.csv', 1],
    ]);
    // The audit key leaves the survey's other subject out, as recordSurvey's does (server/db/audit-key.ts).
    const keys = await getStore().query<{ key: string }>(`select entity_key as key from audit_events where entity = 'survey'`);
    expect(keys).toEqual([{ key: '2023/420704/PUBLIC' }]);
    expect(fs.existsSync(report.files[0].rejectsReport!.json)).toBe(true);
    expect((await runImport(getStore(), [survey], options())).files[0].unchanged).toBe(1);
  });
});
