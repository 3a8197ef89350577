import { progressReportDueDate } from '../domain/calendar.ts';
import type { TaskProgress, UnitProgress } from '../domain/tasks/task-progress.rules.ts';
import { taskProgressRows } from '../db/queries/task-progress.ts';
import type { Reader } from '../db/repositories/repository.ts';

/** A unit's standing as it crosses a process boundary: the submission time as an ISO string. */
export type ReportedUnit = Omit<UnitProgress, 'submittedAt'> & { submittedAt: string | null };
export type ReportedTask = Omit<TaskProgress, 'units'> & { units: ReportedUnit[] };

export interface ProgressReport {
  year: number;
  half: number;
  /** The day the half-year's reports are due (§3). */
  dueOn: string;
  tasks: ReportedTask[];
}

/**
 * The half-yearly task-list progress report for the leading group's office (领导小组办公室):
 * the same reading of the store as the taskProgress query, for every task of every phase.
 */
export async function buildProgressReport(reader: Reader, at: { year: number; half: number }): Promise<ProgressReport> {
  const rows = await taskProgressRows(reader, at, null);
  return {
    year: at.year,
    half: at.half,
    dueOn: progressReportDueDate(at.year, at.half),
    tasks: rows.map((task) => ({ ...task, units: task.units.map((u) => ({ ...u, submittedAt: u.submittedAt?.toISOString() ?? null })) })),
  };
}
