import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, tempDir } from './helpers/warehouse.ts';

const BIN = path.resolve('bin/eqp.js');
const FILES = ['regions', 'agencies', 'tasks', 'progress-reports'].map((f) => path.join(FIXTURES, 'warnings', `${f}.csv`));
const A1 = '11420700MB0000001B';
const A2 = '11420702MB0000002B';
const A3 = '11420704MB0000005H';
const A4 = '11420704MB0000004E';

// Worked out by hand from tests/fixtures/warnings (see its README) and one resubmission the test
// imports: 华容区 420703 reports T2 for 2024 H1 again on 20 July (30 %, IN_PROGRESS), five days
// after the 15 July due date, replacing its BLOCKED 10 % of 14 July.
// 2024 H1 — T1: A1 (latest 2023 H2, IN_PROGRESS) missing, A2 DONE 100 on time, 420700 (lead) missing;
//           T2: A3 (NOT_STARTED in 2022 H1) missing, 420700 (lead) missing, 420703 30 % late.
// 2024 H2 — T1: A2 DONE earlier owes nothing, A1 and 420700 missing, A4 50 % on 5 January (on time);
//           T2: A3, 420700 and 420703 (latest IN_PROGRESS) all missing.
describe('eqp report progress', () => {
  let dir: string;
  const env = () => ({ ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'error', AUTH_SECRET: 'report-progress-secret-0123456789' });
  const eqp = (...args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], { env: env(), encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const report = (...args: string[]) => {
    const result = eqp('report', 'progress', '--year', '2024', ...args);
    expect(result.code, result.stderr).toBe(0);
    return result.stdout;
  };

  beforeAll(() => {
    dir = tempDir('report-progress');
    const resubmission = path.join(dir, 'progress-resubmission.csv');
    fs.writeFileSync(resubmission, 'taskCode,unitCode,year,half,progress,status,summary,submittedAt\nT2,420703,2024,1,30,IN_PROGRESS,恢复,2024-07-20T10:00:00\n');
    for (const file of [...FILES, resubmission]) {
      const imported = eqp('import', file);
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('Markdown: a row per task, the units not reported, the late report and the totals', () => {
    const md = report('--half', '1');
    expect(md).toMatch(/^# 2024年上半年任务清单落实情况 — Task list progress, 2024 H1\n/);
    expect(md).toContain('Reports due 报送截止 2024-07-15');
    expect(md).toContain('Tasks 任务 2 · units expected 应报 6 · reported 已报 2 · not reported 未报 4 · late 逾期 1 · DONE 已完成 1 (earlier 此前已完成 0)');
    expect(md).toContain(`| T1 | 健全行政执法监督体系 | 三(七) | CAPABILITY | 420700 | 2024-12-31 | 3 | 1 | 1 | 0 | 100.0 | ${A1}, 420700 |`);
    expect(md).toContain(`| T2 | 规范涉企行政检查 | 三(五) | CAMPAIGN | 420700 | 2024-12-31 | 3 | 1 | 0 | 0 | 30.0 | ${A3}, 420700 |`);
    const notReported = md.split('## Units not reported 未报送')[1]!.split('## Late reports')[0]!;
    expect(notReported.match(/^\| T\d \| \S+ \|/gm)).toEqual([`| T1 | ${A1} |`, '| T1 | 420700 |', `| T2 | ${A3} |`, '| T2 | 420700 |']);
    expect(md.split('## Late reports 逾期报送')[1]).toMatch(/\n\| T2 \| 420703 \| 华容区 \| 2024-07-20 \| 2024-07-15 \|\n/);
  });

  test('the second half: a unit DONE earlier owes nothing, a task nobody reported has no mean', () => {
    const md = report('--half', '2');
    expect(md).toContain('Reports due 报送截止 2025-01-15');
    expect(md).toContain('| T1 | 健全行政执法监督体系 | 三(七) | CAPABILITY | 420700 | 2024-12-31 | 3 | 1 | 0 | 1 | 50.0 |');
    expect(md).toContain('| T2 | 规范涉企行政检查 | 三(五) | CAMPAIGN | 420700 | 2024-12-31 | 3 | 0 | 0 | 0 |  |');
    expect(md).toMatch(/## Late reports 逾期报送\n\nNone\. 无。/);
  });

  test('CSV: one line per task and expected unit, with a byte-order mark and raw values', () => {
    const csv = report('--half', '1', '--format', 'csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(csv.slice(1), { columns: true });
    expect(rows.map((r) => [r.taskCode, r.unitCode, r.reported, r.status, r.progress, r.late])).toEqual([
      ['T1', A1, 'false', '', '', ''],
      ['T1', A2, 'true', 'DONE', '100', 'false'],
      ['T1', '420700', 'false', '', '', ''],
      ['T2', A3, 'false', '', '', ''],
      ['T2', '420700', 'false', '', '', ''],
      ['T2', '420703', 'true', 'IN_PROGRESS', '30', 'true'],
    ]);
    expect(new Date(rows[5]!.submittedAt!).toISOString()).toBe('2024-07-20T02:00:00.000Z');
    expect(rows.some((r) => r.unitCode === A4)).toBe(false);
  });

  test('XLSX: a sheet per table, numbers kept numbers', async () => {
    const file = path.join(dir, 'out', 'progress.xlsx');
    report('--half', '2', '--format', 'xlsx', '--out', file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tasks 任务', 'Not reported 未报送', 'Late 逾期报送']);
    const tasks = workbook.getWorksheet('Tasks 任务')!;
    expect(tasks.getRow(2).values).toEqual([undefined, 'T1', '健全行政执法监督体系', '三(七)', 'CAPABILITY', '420700', '2024-12-31', 3, 1, 0, 1, 50, `${A1}, 420700`]);
    expect(workbook.getWorksheet('Not reported 未报送')!.rowCount).toBe(1 + 5);
  });

  test('bad usage exits 2 with a clear message', () => {
    const half = eqp('report', 'progress', '--year', '2024', '--half', '3');
    expect(half.code).toBe(2);
    expect(half.stderr).toMatch(/--half must be 1 or 2/);
    expect(eqp('report', 'progress', '--year', '2024').code).toBe(2);
    expect(eqp('report', 'progress', '--year', '2024', '--half', '1', '--format', 'xlsx').code).toBe(2);
  });
});
