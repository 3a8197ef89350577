import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions } from '../etl/import/run-import.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, REGIONS, agencyCode, tempDir, writeCsv } from './fixtures/import/build.ts';

const HEADER = ['投诉编号', '投诉渠道', '受理时间', '单位编码', '投诉类别', '状态', '办结时间', '投诉人', '联系电话'];

describeStores('import complaints', (getStore) => {
  const dir = tempDir();
  const options: ImportOptions = { rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' };
  const file = () => writeCsv(dir, 'complaints.csv', [
    HEADER,
    ['TS-001', 'HOTLINE', '2023-05-04 10:00', AGENCY_A, '乱罚款', 'RESOLVED', '2023-05-20 16:00', '赵六', '13900004561'],
    ['TS-002', 'LETTER', '2023-06-01', AGENCY_B, '一刀切', 'TRANSFERRED', '2023-06-30', null, null],
    ['TS-003', 'ONLINE', '2023-06-02', AGENCY_B, '执法不作为', null, null, null, null],
    ['TS-004', 'FAX', '2023-06-02', AGENCY_B, '其他', 'RECEIVED', null, null, null],
    ['TS-005', 'EMAIL', '2023-06-10', AGENCY_B, '其他', 'RESOLVED', '2023-06-09', null, null],
    ['TS-006', 'EMAIL', '2023-06-10', agencyCode(55), '其他', 'RECEIVED', null, null, null],
  ], 'gbk');

  beforeAll(async () => {
    expect((await runImport(getStore(), [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES)], options)).refused).toBe(false);
  });

  test('complaints load by complaint number; bad rows name their column; re-importing changes nothing', async () => {
    const [f] = (await runImport(getStore(), [file()], options)).files;
    expect(f).toMatchObject({ kind: 'complaints', rowsRead: 6, inserted: 3, rejected: 3 });
    expect(f.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
      [4, '投诉渠道', 'must be one of HOTLINE, EMAIL, ONLINE, LETTER'],
      [5, '办结时间', 'must not be before receivedAt'],
      [6, '单位编码', expect.stringMatching(/^unknown agency/)],
    ]);
    const rows = await getStore().query(
      `select complaint_no, status, transferred_to_discipline as moved, resolved_at::text as closed, complainant_name as name from complaints order by 1`);
    expect(rows).toEqual([
      { complaint_no: 'TS-001', status: 'RESOLVED', moved: false, closed: '2023-05-20 08:00:00+00', name: '赵六' },
      { complaint_no: 'TS-002', status: 'TRANSFERRED', moved: true, closed: '2023-06-29 16:00:00+00', name: null },
      { complaint_no: 'TS-003', status: 'RECEIVED', moved: false, closed: null, name: null },
    ]);
    expect((await runImport(getStore(), [file()], options)).files[0]).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });
});
