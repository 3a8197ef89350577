import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions } from '../etl/import/run-import.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, REGIONS, agencyCode, tempDir, writeCsv } from './fixtures/import/build.ts';

const NOW = new Date('2024-07-10T02:00:00Z');

const TASKS = [
  ['任务编号', '任务名称', '文件条目', '牵头单位', '实施阶段', '完成时限'],
  ['T-01', '全面推行行政执法三项制度', '三(七)', '市司法局', 'CAPABILITY', '2022-12-31'],
  ['T-02', '开展执法突出问题专项整治', '三(五)', '420700', 'CAMPAIGN', null],
  ['T-03', '巩固提升执法质量', '三(八)', null, 'LATER', '2024-11-30'],
];

const REPORT_HEADER = ['任务编号', '报送单位编码', '年度', '半年度', '完成进度', '状态', '工作情况', '报送时间'];

describeStores('import tasks and progress reports', (getStore) => {
  const dir = tempDir();
  const options = (now = NOW): ImportOptions => ({ rejectsDir: path.join(dir, 'rejects'), actor: 'import:test', now });
  const reports = () => getStore().query<Record<string, unknown>>(
    `select unit_code, task_code, year, half, progress, status, summary, submitted_at::text as at from progress_reports order by unit_code collate "C", 2, 3, 4`);

  beforeAll(async () => {
    const report = await runImport(getStore(), [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES)], options());
    expect(report.refused).toBe(false);
  });

  test('tasks load by their Chinese titles; a phase outside the plan is refused', async () => {
    const [f] = (await runImport(getStore(), [writeCsv(dir, 'tasks.csv', TASKS, 'gbk')], options())).files;
    expect(f).toMatchObject({ kind: 'tasks', rowsRead: 3, inserted: 2, rejected: 1 });
    expect(f.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([[3, '实施阶段', 'must be one of CAPABILITY, CAMPAIGN, CONSOLIDATION']]);
    const rows = await getStore().query(`select task_code, section, lead_unit, phase, deadline::text as deadline from tasks order by 1`);
    expect(rows).toEqual([
      { task_code: 'T-01', section: '三(七)', lead_unit: '市司法局', phase: 'CAPABILITY', deadline: '2022-12-31' },
      { task_code: 'T-02', section: '三(五)', lead_unit: '420700', phase: 'CAMPAIGN', deadline: null },
    ]);
  });

  test('progress reports name an agency or a region and a known task; bad rows are refused with their column', async () => {
    const file = writeCsv(dir, 'reports.csv', [
      REPORT_HEADER,
      ['T-01', AGENCY_A, 2024, 1, 60, 'IN_PROGRESS', '已完成制度建设', '2024-07-05T10:00:00'],
      ['T-01', '420704', 2024, 1, 100, 'DONE', null, null],
      ['T-09', AGENCY_B, 2024, 1, 10, 'IN_PROGRESS', null, null],
      ['T-01', agencyCode(77), 2024, 1, 10, 'IN_PROGRESS', null, null],
      ['T-02', AGENCY_B, 2024, 3, 10, 'IN_PROGRESS', null, null],
      ['T-02', AGENCY_B, 2024, 2, 101, 'FINISHED', null, null],
      ['T-01', AGENCY_A, 2024, 1, 70, 'IN_PROGRESS', null, null],
    ]);
    const [f] = (await runImport(getStore(), [file], options())).files;
    expect(f).toMatchObject({ kind: 'progressReports', rowsRead: 7, inserted: 2 });
    expect(f.rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, '任务编号', expect.stringMatching(/^unknown task 'T-09'/)],
      [4, '报送单位编码', expect.stringMatching(new RegExp(`^unknown unit '${agencyCode(77)}'`))],
      [5, '半年度', 'must be at most 2'],
      [6, '完成进度', 'must be at most 100'],
      [6, '状态', 'must be one of NOT_STARTED, IN_PROGRESS, DONE, BLOCKED'],
      [7, '报送单位编码', expect.stringMatching(/^duplicate key \(unitCode, taskCode, year, half\)/)],
    ]);
    expect(await reports()).toEqual([
      { unit_code: AGENCY_A, task_code: 'T-01', year: 2024, half: 1, progress: 60, status: 'IN_PROGRESS', summary: '已完成制度建设', at: '2024-07-05 02:00:00+00' },
      { unit_code: '420704', task_code: 'T-01', year: 2024, half: 1, progress: 100, status: 'DONE', summary: null, at: '2024-07-10 02:00:00+00' },
    ]);
  });

  test('a resubmission replaces the report; re-importing the same report changes nothing', async () => {
    const same = writeCsv(dir, 'same.csv', [['taskCode', 'unitCode', 'year', 'half', 'progress', 'status'], ['T-01', '420704', 2024, 1, 100, 'DONE']]);
    const later = new Date('2024-07-12T00:00:00Z');
    expect((await runImport(getStore(), [same], options(later))).files[0]).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    const resubmitted = writeCsv(dir, 'resubmit.csv', [
      ['taskCode', 'unitCode', 'year', 'half', 'progress', 'status', 'summary'],
      ['T-01', AGENCY_A, 2024, 1, 80, 'BLOCKED', '经费未到位'],
    ]);
    expect((await runImport(getStore(), [resubmitted], options(later))).files[0]).toMatchObject({ inserted: 0, updated: 1, rejected: 0 });
    const [a] = (await reports()).filter((r) => r.unit_code === AGENCY_A);
    expect(a).toMatchObject({ progress: 80, status: 'BLOCKED', summary: '经费未到位', at: '2024-07-12 00:00:00+00' });
    const audits = await getStore().query<{ key: string; before: { progress: number }; after: { progress: number } }>(
      `select entity_key as key, before, after from audit_events where entity = 'progressReport' and action = 'update'`);
    expect(audits.map((e) => [e.key, e.before.progress, e.after.progress])).toEqual([[`${AGENCY_A}/T-01/2024H1`, 60, 80]]);
  });
});
