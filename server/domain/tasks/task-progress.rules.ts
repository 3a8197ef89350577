import type { ProgressStatus, TaskPhase } from '../enums.ts';
import { cityDate, progressReportDueDate } from '../calendar.ts';

/** The year each phase of the plan runs (domain.md §5): a lead unit owes reports from then on. */
export const PHASE_YEAR: Record<TaskPhase, number> = { CAPABILITY: 2022, CAMPAIGN: 2023, CONSOLIDATION: 2024 };

export interface HalfYear { year: number; half: number }

export interface TaskInput { taskCode: string; title: string; section: string | null; phase: TaskPhase; leadUnit: string | null; deadline: string | null }

/** One report as stored (the latest submission of its unit, task and half-year: a resubmission replaces). */
export interface ReportInput extends HalfYear { unitCode: string; taskCode: string; progress: number; status: ProgressStatus; submittedAt: Date }

export interface UnitInput { unitCode: string; name: string | null }

export interface UnitProgress {
  unitCode: string;
  unitName: string | null;
  reported: boolean;
  status: ProgressStatus | null;
  progress: number | null;
  submittedAt: Date | null;
  late: boolean | null;
}

export interface TaskProgress extends TaskInput {
  unitsExpected: number;
  unitsReported: number;
  unitsDone: number;
  unitsDoneEarlier: number;
  meanProgress: number | null;
  notReported: string[];
  units: UnitProgress[];
}

const order = ({ year, half }: HalfYear) => year * 2 + half;

/**
 * A unit's standing on a task in a half-year, from its reports up to that half-year (sorted by
 * half-year): its report of the half-year; else, when its latest earlier report is DONE, finished
 * (owes nothing, as §4.9's PROGRESS_REPORT warnings read it); else expected and missing. A unit
 * with no report so far is expected only as the task's lead unit, from the year of its phase.
 */
function standing(task: TaskInput, unit: UnitInput, history: ReportInput[], at: HalfYear): UnitProgress | 'done-earlier' | null {
  const current = history.find((r) => order(r) === order(at));
  if (current) {
    const due = progressReportDueDate(at.year, at.half);
    return { unitCode: unit.unitCode, unitName: unit.name, reported: true, status: current.status, progress: current.progress, submittedAt: current.submittedAt, late: cityDate(current.submittedAt) > due };
  }
  const earlier = history.filter((r) => order(r) < order(at)).at(-1);
  if (earlier?.status === 'DONE') return 'done-earlier';
  if (!earlier && !(task.leadUnit === unit.unitCode && at.year >= PHASE_YEAR[task.phase])) return null;
  return { unitCode: unit.unitCode, unitName: unit.name, reported: false, status: null, progress: null, submittedAt: null, late: null };
}

/**
 * The half-yearly progress of one task (任务清单 × 工作情况报送). `units` are the units in
 * scope with any report on the task up to the half-year, and the task's lead unit when it is a
 * code in scope; `reports` their reports on the task up to the half-year.
 */
export function taskProgress(task: TaskInput, units: UnitInput[], reports: ReportInput[], at: HalfYear): TaskProgress {
  const rows: UnitProgress[] = [];
  let doneEarlier = 0;
  for (const unit of [...units].sort((a, b) => (a.unitCode < b.unitCode ? -1 : 1))) {
    const history = reports.filter((r) => r.unitCode === unit.unitCode).sort((a, b) => order(a) - order(b));
    const s = standing(task, unit, history, at);
    if (s === 'done-earlier') doneEarlier++;
    else if (s) rows.push(s);
  }
  const reported = rows.filter((u) => u.reported);
  return {
    ...task,
    unitsExpected: rows.length,
    unitsReported: reported.length,
    unitsDone: reported.filter((u) => u.status === 'DONE').length,
    unitsDoneEarlier: doneEarlier,
    meanProgress: reported.length ? reported.reduce((sum, u) => sum + u.progress!, 0) / reported.length : null,
    notReported: rows.filter((u) => !u.reported).map((u) => u.unitCode),
    units: rows,
  };
}
