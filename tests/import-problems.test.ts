import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions } from '../etl/import/run-import.ts';
import { AGENCIES, AGENCY_B, REGIONS, tempDir, writeCsv } from './fixtures/import/build.ts';

const HEADER = ['问题编号', '状态', '状态日期', '地区编码', '单位编码', '执法领域', '问题类型', '问题描述', '问题来源', '发现日期', '整改期限'];
const details = ['420704', AGENCY_B, 'URBAN_MANAGEMENT', 'ONE_SIZE_FITS_ALL', '一刀切关停沿街摊点', 'SURVEY', '2023-01-05', '2023-06-30'];
const blank = details.map(() => null);

describeStores('import problems', (getStore) => {
  const dir = tempDir();
  const options: ImportOptions = { rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' };
  const history = async (code: string) => (await getStore().query<{ seq: number; status: string; on: string }>(
    `select seq, status, status_on::text as on from problem_events where problem_code = $1 order by seq`, [code])).map((e) => `${e.seq}:${e.status}@${e.on}`);

  beforeAll(async () => {
    const report = await runImport(getStore(), [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES)], options);
    expect(report.refused).toBe(false);
  });

  test('rows are status events; refused transitions and dates name the column', async () => {
    const file = writeCsv(dir, 'problems.csv', [
      HEADER,
      ['P-001', 'IDENTIFIED', '2023-01-05', ...details],
      ['P-001', 'RECTIFYING', '2023-02-01', ...blank],
      ['P-001', 'VERIFIED', '2023-02-10', ...blank],
      ['P-001', 'RECTIFIED', '2023-01-20', ...blank],
      ['P-001', 'RECTIFIED', '2023-03-01', ...blank],
      ['P-002', 'RECTIFYING', '2023-02-01', ...blank],
      ['P-003', 'IDENTIFIED', '2022-12-01', ...details],
    ], 'gbk');
    const [f] = (await runImport(getStore(), [file], options)).files;
    expect(f).toMatchObject({ kind: 'problems', rowsRead: 7, inserted: 3, rejected: 4 });
    expect(f.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, '状态', 'a problem at RECTIFYING cannot become VERIFIED; allowed next: RECTIFIED'],
      [4, '状态日期', "is before the problem's previous event (2023-02-01); give events in date order"],
      [6, '发现日期', expect.stringMatching(/^problem P-002 is not recorded yet: its first row must give regionCode/)],
      [7, '状态日期', 'must not be before identifiedOn 2023-01-05'],
    ]);
    expect(await history('P-001')).toEqual(['1:IDENTIFIED@2023-01-05', '2:RECTIFYING@2023-02-01', '3:RECTIFIED@2023-03-01']);
    const [p] = await getStore().query<{ status: string }>(`select status from problems where code = 'P-001'`);
    expect(p.status).toBe('RECTIFIED');
  });

  test('a later file continues the history; events already stored are skipped silently', async () => {
    const file = writeCsv(dir, 'problems-q2.csv', [
      ['problemCode', 'status', 'statusOn'],
      ['P-001', 'RECTIFYING', '2023-02-01'],
      ['P-001', 'VERIFIED', '2023-04-01'],
      ['P-001', 'REOPENED', '2023-05-01'],
      ['P-001', 'RECTIFYING', '2023-05-02'],
      ['P-001', 'RECTIFIED', '2023-05-20'],
    ]);
    const [f] = (await runImport(getStore(), [file], options)).files;
    expect(f).toMatchObject({ inserted: 4, unchanged: 1, rejected: 0 });
    expect(await history('P-001')).toHaveLength(7);
    const again = (await runImport(getStore(), [file], options)).files[0];
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, rejected: 0 });
    const [p] = await getStore().query<{ status: string }>(`select status from problems where code = 'P-001'`);
    expect(p.status).toBe('RECTIFIED');
  });
});
