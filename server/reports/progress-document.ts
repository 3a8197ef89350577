import { cityDate } from '../domain/calendar.ts';
import type { Cell, ReportDocument } from './document.ts';
import type { ProgressReport, ReportedTask, ReportedUnit } from './progress-report.ts';

const HALF = { 1: { zh: '上半年', en: 'H1' }, 2: { zh: '下半年', en: 'H2' } } as const;

const UNIT_COLUMNS = [{ title: 'Task 任务' }, { title: 'Unit 单位' }, { title: 'Name 名称' }];
const unitCells = (task: ReportedTask, unit: ReportedUnit): Cell[] => [task.taskCode, unit.unitCode, unit.unitName];
const submittedOn = (unit: ReportedUnit) => (unit.submittedAt ? cityDate(new Date(unit.submittedAt)) : null);
const sum = (tasks: ReportedTask[], of: (t: ReportedTask) => number) => tasks.reduce((n, t) => n + of(t), 0);

function summary(report: ProgressReport, late: number): string {
  const t = report.tasks;
  const expected = sum(t, (x) => x.unitsExpected);
  const reported = sum(t, (x) => x.unitsReported);
  return `Tasks 任务 ${t.length} · units expected 应报 ${expected} · reported 已报 ${reported} · not reported 未报 ${expected - reported}` +
    ` · late 逾期 ${late} · DONE 已完成 ${sum(t, (x) => x.unitsDone)} (earlier 此前已完成 ${sum(t, (x) => x.unitsDoneEarlier)})`;
}

/** The half-yearly task-list progress report (任务清单落实情况, §五(二)) as a document. */
export function progressDocument(report: ProgressReport): ReportDocument {
  const half = HALF[report.half as 1 | 2];
  const pairs = report.tasks.flatMap((task) => task.units.map((unit) => ({ task, unit })));
  const missing = pairs.filter((p) => !p.unit.reported);
  const late = pairs.filter((p) => p.unit.late);
  return {
    title: `${report.year}年${half.zh}任务清单落实情况 — Task list progress, ${report.year} ${half.en}`,
    notes: [
      `Reports due 报送截止 ${report.dueOn} (city time).`,
      'Expected 应报: every unit that has reported on the task before and has not reported it DONE, and the task\'s lead unit from its phase\'s year; ' +
        'a resubmission replaces the unit\'s earlier report of the half-year.',
      summary(report, late.length),
    ],
    tables: [
      {
        title: 'Tasks 任务', sheet: 'Tasks 任务',
        columns: [
          { title: 'Task 任务' }, { title: 'Title 名称' }, { title: 'Section 章节' }, { title: 'Phase 阶段' }, { title: 'Lead unit 牵头单位' }, { title: 'Deadline 完成时限' },
          { title: 'Expected 应报' }, { title: 'Reported 已报' }, { title: 'Done 已完成' }, { title: 'Done earlier 此前已完成' },
          { title: 'Mean progress % 平均进度', format: 'fixed1' }, { title: 'Not reported 未报单位' },
        ],
        rows: report.tasks.map((t) => [
          t.taskCode, t.title, t.section, t.phase, t.leadUnit, t.deadline,
          t.unitsExpected, t.unitsReported, t.unitsDone, t.unitsDoneEarlier, t.meanProgress, t.notReported.join(', '),
        ]),
      },
      { title: 'Units not reported 未报送', sheet: 'Not reported 未报送', columns: UNIT_COLUMNS, rows: missing.map((p) => unitCells(p.task, p.unit)) },
      {
        title: 'Late reports 逾期报送', sheet: 'Late 逾期报送',
        columns: [...UNIT_COLUMNS, { title: 'Submitted 报送日期' }, { title: 'Due 截止日期' }],
        rows: late.map((p) => [...unitCells(p.task, p.unit), submittedOn(p.unit), report.dueOn]),
      },
    ],
    csv: {
      header: ['taskCode', 'title', 'section', 'phase', 'leadUnit', 'deadline', 'unitCode', 'unitName', 'reported', 'status', 'progress', 'submittedAt', 'late'],
      rows: report.tasks.flatMap((t) => {
        const task = [t.taskCode, t.title, t.section, t.phase, t.leadUnit, t.deadline];
        if (!t.units.length) return [[...task, null, null, null, null, null, null, null]];
        return t.units.map((u) => [...task, u.unitCode, u.unitName, u.reported, u.status, u.progress, u.submittedAt, u.late]);
      }),
    },
  };
}
