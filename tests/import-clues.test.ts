import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions } from '../etl/import/run-import.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, REGIONS, tempDir, writeCsv } from './fixtures/import/build.ts';

const HEADER = ['clueCode', 'step', 'stepOn', 'agencyCode', 'source', 'complaintNo', 'problemCode', 'summary', 'receivingOrgan', 'documentNo', 'outcome'];
const none = [null, null, null, null, null, null, null, null];

describeStores('import clues', (getStore) => {
  const dir = tempDir();
  const options: ImportOptions = { rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' };
  const steps = async (code: string) => (await getStore().query<{ step: string; on: string }>(
    `select step, step_on::text as on from clue_steps where clue_code = $1 order by step`, [code])).map((s) => `${s.step}@${s.on}`);

  beforeAll(async () => {
    const complaints = writeCsv(dir, 'complaints.csv', [
      ['complaintNo', 'channel', 'receivedAt', 'agencyCode', 'category'], ['TS-9', 'HOTLINE', '2023-03-01T09:00:00', AGENCY_B, '乱罚款'],
    ]);
    const report = await runImport(getStore(), [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES), complaints], options);
    expect(report.refused).toBe(false);
  });

  test('rows are procedure steps: a skipped step, an earlier date and a missing source record are refused', async () => {
    const file = writeCsv(dir, 'clues.csv', [
      HEADER,
      ['XS-1', 'REGISTERED', '2023-03-10', AGENCY_B, 'COMPLAINT', 'TS-9', null, '涉嫌违规罚没', null, null, null],
      ['XS-1', 'INVESTIGATING', '2023-03-20', ...none],
      ['XS-1', 'TRANSFERRED', '2023-04-01', null, null, null, null, null, '区纪委监委', '鄂城移〔2023〕1号', null],
      ['XS-1', 'COLLECTIVE_REVIEW', '2023-03-19', ...none],
      ['XS-1', 'COLLECTIVE_REVIEW', '2023-03-25', ...none],
      ['XS-1', 'TRANSFERRED', '2023-04-01', null, null, null, null, null, '区纪委监委', null, null],
      ['XS-1', 'TRANSFERRED', '2023-04-02', null, null, null, null, null, '区纪委监委', '鄂城移〔2023〕1号', null],
      ['XS-2', 'REGISTERED', '2023-05-01', AGENCY_A, 'SUPERVISION', null, null, '专项监督发现', null, null, null],
      ['XS-3', 'INVESTIGATING', '2023-05-01', ...none],
      ['XS-4', 'REGISTERED', '2023-05-01', AGENCY_A, 'COMPLAINT', 'TS-404', null, '来信', null, null, null],
      ['XS-5', 'REGISTERED', '2023-05-01', AGENCY_A, 'PROBLEM', null, null, '问题整改不力', null, null, null],
    ]);
    const [f] = (await runImport(getStore(), [file], options)).files;
    expect(f).toMatchObject({ kind: 'clues', rowsRead: 11, inserted: 5, rejected: 6 });
    expect(f.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, 'step', 'a clue at INVESTIGATING cannot go to TRANSFERRED; its next step is COLLECTIVE_REVIEW (no step is skipped)'],
      [4, 'stepOn', "is before the clue's previous step INVESTIGATING (2023-03-20); each step is dated on or after the one before"],
      [6, 'documentNo', 'is required on a TRANSFERRED step'],
      [9, 'source', 'clue XS-3 is not recorded yet: its first row must give agencyCode, source and summary'],
      [10, 'complaintNo', expect.stringMatching(/^unknown complaint 'TS-404'/)],
      [11, 'problemCode', 'is required for a clue from a PROBLEM'],
    ]);
    expect(await steps('XS-1')).toEqual(['REGISTERED@2023-03-10', 'INVESTIGATING@2023-03-20', 'COLLECTIVE_REVIEW@2023-03-25', 'TRANSFERRED@2023-04-02']);
    expect(await getStore().query(`select clue_code, source, complaint_no, step from clues order by 1`)).toEqual([
      { clue_code: 'XS-1', source: 'COMPLAINT', complaint_no: 'TS-9', step: 'TRANSFERRED' },
      { clue_code: 'XS-2', source: 'SUPERVISION', complaint_no: null, step: 'REGISTERED' },
    ]);
  });

  test('a later file continues the procedure to its end; steps already stored are skipped', async () => {
    const file = writeCsv(dir, 'clues-2.csv', [
      HEADER,
      ['XS-1', 'TRANSFERRED', '2023-04-02', null, null, null, null, null, '区纪委监委', '鄂城移〔2023〕1号', null],
      ['XS-1', 'FEEDBACK', '2023-06-01', null, null, null, null, null, null, null, '给予党内警告处分'],
      ['XS-1', 'FEEDBACK', '2023-06-02', null, null, null, null, null, null, null, '再次反馈'],
    ]);
    const [f] = (await runImport(getStore(), [file], options)).files;
    expect(f).toMatchObject({ inserted: 1, unchanged: 1, rejected: 1 });
    expect(f.rejects[0].reason).toBe('a clue at FEEDBACK has completed its procedure');
    expect((await steps('XS-1')).at(-1)).toBe('FEEDBACK@2023-06-01');
    const [again] = (await runImport(getStore(), [file], options)).files;
    expect(again).toMatchObject({ inserted: 0, unchanged: 2, rejected: 1 });
  });
});
