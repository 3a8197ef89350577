import { and, eq } from 'drizzle-orm';
import { progressReports } from '../tables/index.ts';
import { auditKey } from '../audit-key.ts';
import { tableReferences } from '../references.ts';
import { parseProgressReportRow, progressReportRules } from '../../domain/records/progress-reports.ts';
import type { ProgressReport } from '../../../schema/tasks/progress-report.type.ts';
import type { ProgressReportFilter, ProgressReportOrderField } from '../../../schema/tasks/progress-report.filter.ts';
import type { ProgressReportInput } from '../../../schema/tasks/progress-report.input.ts';
import { repository, type Reader } from './repository.ts';
import { audited, codeExists, upsertRow, validRecord } from './write.ts';

const p = progressReports;

export const progressReportRepository = repository<typeof progressReports, ProgressReport, ProgressReportFilter, ProgressReportOrderField>({
  entity: 'progressReport',
  table: progressReports,
  key: [p.unitCode, p.taskCode, p.year, p.half],
  filters: { unitCode: p.unitCode, taskCode: p.taskCode, year: p.year, half: p.half, progress: p.progress, status: p.status, submittedAt: p.submittedAt },
  orders: { UNIT_CODE: p.unitCode, TASK_CODE: p.taskCode, YEAR: p.year, PROGRESS: p.progress, SUBMITTED_AT: p.submittedAt },
  typeName: 'ProgressReport',
});

/** Submits a unit's report on a task for a half-year; a resubmission replaces it. */
export function submitProgressReport(r: Reader, input: ProgressReportInput): Promise<ProgressReport> {
  return audited(r, 'progressReport', 'submit', async (tx) => {
    const isUnit = typeof input.unitCode !== 'string' || await codeExists(tx, 'unit', input.unitCode);
    const unknownUnit = isUnit ? [] : [{ field: 'unitCode', reason: `unknown agency or region ${input.unitCode}` }];
    const record = await validRecord(tx, parseProgressReportRow, { ...input }, tableReferences(p), unknownUnit);
    const where = and(eq(p.unitCode, record.unitCode), eq(p.taskCode, record.taskCode), eq(p.year, record.year), eq(p.half, record.half))!;
    const change = await upsertRow(tx, p, where, { ...record, submittedAt: record.submittedAt ?? new Date() });
    return { entityKey: auditKey('progressReport', progressReportRules.key, record), ...change };
  }).then((row) => progressReportRepository.present(r.viewer, row));
}
