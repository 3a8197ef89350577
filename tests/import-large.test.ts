import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions, type ImportProgress } from '../etl/import/run-import.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, REGIONS, csvText, tempDir, writeCsv } from './fixtures/import/build.ts';

const ROWS = 6_000;
const BAD_EVERY = 1_000;

/** Enough penalty cases to cross the validation batches (2,000) and the statement chunks (5,000). */
function penaltiesFile(dir: string): string {
  const header = ['agencyCode', 'caseNo', 'decidedOn', 'violationItemCode', 'partyType', 'band', 'leniency', 'firstOffence', 'fineYuan', 'legalReview'];
  const rows = Array.from({ length: ROWS }, (_, i) => [
    i % 2 ? AGENCY_A : AGENCY_B, `罚〔2023〕${i}号`, i % BAD_EVERY === 7 ? '2023-02-30' : '2023-03-01', `V${i % 40}`,
    'ENTERPRISE', 'GENERAL', i % 3 ? 'NONE' : 'LIGHTER', i % 5 ? '否' : '是', ((i % 997) * 12.5).toFixed(2), '1',
  ]);
  const file = path.join(dir, 'penalties.csv');
  fs.writeFileSync(file, csvText([header, ...rows]));
  return file;
}

describeStores('import of a large file', (getStore) => {
  const dir = tempDir();
  const options: ImportOptions = { rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' };
  let file: string;

  beforeAll(async () => {
    file = penaltiesFile(dir);
    await runImport(getStore(), [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES)], options);
  });

  test('loads in batches, refusing the bad rows only, and reports progress', async () => {
    const progress: ImportProgress[] = [];
    const [f] = (await runImport(getStore(), [file], { ...options, onProgress: (p) => progress.push(p) })).files;
    const bad = ROWS / BAD_EVERY;
    expect(f).toMatchObject({ kind: 'penalties', rowsRead: ROWS, inserted: ROWS - bad, rejected: bad });
    expect(f.rejects[0]).toMatchObject({ row: 8, column: 'decidedOn', reason: '2023-02-30 is not a date that exists' });
    expect(progress.length).toBeGreaterThanOrEqual(ROWS / 2_000);
    expect(progress.at(-1)).toMatchObject({ rowsRead: ROWS, fraction: 1 });
    const [{ n }] = await getStore().query<{ n: number }>(`select count(*)::int as n from audit_events where entity = 'penaltyCase'`);
    expect(n).toBe(ROWS - bad);
  });

  test('re-importing it changes nothing', async () => {
    const [f] = (await runImport(getStore(), [file], options)).files;
    expect(f).toMatchObject({ inserted: 0, updated: 0, unchanged: ROWS - ROWS / BAD_EVERY });
  });
});
