import { and, eq, sql } from 'drizzle-orm';
import { agencies, progressReports, regions, tasks } from '../tables/index.ts';
import { parseProgressReportRow } from '../../domain/records/progress-reports.ts';
import type { ProgressReport } from '../../../schema/tasks/progress-report.type.ts';
import type { ProgressReportFilter, ProgressReportOrderField } from '../../../schema/tasks/progress-report.filter.ts';
import type { ProgressReportInput } from '../../../schema/tasks/progress-report.input.ts';
import type { Db } from '../client.ts';
import { repository, type Reader } from './repository.ts';
import { audited, upsertRow, validRecord } from './write.ts';

const p = progressReports;

export const progressReportRepository = repository<typeof progressReports, ProgressReport, ProgressReportFilter, ProgressReportOrderField>({
  entity: 'progressReport',
  table: progressReports,
  key: [p.unitCode, p.taskCode, p.year, p.half],
  filters: { unitCode: p.unitCode, taskCode: p.taskCode, year: p.year, half: p.half, progress: p.progress, status: p.status, submittedAt: p.submittedAt },
  orders: { UNIT_CODE: p.unitCode, TASK_CODE: p.taskCode, YEAR: p.year, PROGRESS: p.progress, SUBMITTED_AT: p.submittedAt },
  typeName: 'ProgressReport',
});

/** Whether `code` names an agency or a region: the reporting units. */
async function isUnit(tx: Db, code: unknown): Promise<boolean> {
  if (typeof code !== 'string') return true;
  for (const column of [agencies.code, regions.code]) {
    if ((await tx.select({ one: sql`1` }).from(column.table).where(eq(column, code)).limit(1)).length) return true;
  }
  return false;
}

/** Submits a unit's report on a task for a half-year; a resubmission replaces it. */
export function submitProgressReport(r: Reader, input: ProgressReportInput): Promise<ProgressReport> {
  return audited(r, 'progressReport', 'submit', async (tx) => {
    const unknownUnit = (await isUnit(tx, input.unitCode)) ? [] : [{ field: 'unitCode', reason: `unknown agency or region ${input.unitCode}` }];
    const record = await validRecord(tx, parseProgressReportRow, { ...input }, [{ field: 'taskCode', column: tasks.taskCode, what: 'task' }], unknownUnit);
    const where = and(eq(p.unitCode, record.unitCode), eq(p.taskCode, record.taskCode), eq(p.year, record.year), eq(p.half, record.half))!;
    const change = await upsertRow(tx, p, where, { ...record, submittedAt: record.submittedAt ?? new Date() });
    return { entityKey: `${record.unitCode}/${record.taskCode}/${record.year}H${record.half}`, ...change };
  }).then((row) => progressReportRepository.present(r.viewer, row));
}
