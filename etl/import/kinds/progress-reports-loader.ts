import { tableReferences } from '../../../server/db/references.ts';
import { progressReports } from '../../../server/db/tables/index.ts';
import { progressReportRules, type ProgressReportRecord } from '../../../server/domain/records/progress-reports.ts';
import { upsertRows, type Row, type UpsertSpec } from '../upsert.ts';
import type { LoaderFactory } from './loader.ts';

const CONTENT = ['progress', 'status', 'summary'] as const;

/**
 * 工作情况报送. A row replaces the unit's report of that task and half-year. A row without
 * submittedAt is submitted now, unless it says what the stored report says: then it is the same
 * report and keeps its time, so re-importing a file changes nothing.
 */
export const progressReportsLoader: LoaderFactory<ProgressReportRecord> = ({ tx, actor, now }) => {
  const spec: UpsertSpec = {
    table: progressReports,
    entity: 'progressReport',
    key: progressReportRules.key,
    merge: (incoming, stored) => ({
      ...incoming,
      submittedAt: incoming.submittedAt
        ?? (stored && CONTENT.every((f) => incoming[f] === stored[f]) ? stored.submittedAt : now),
    }),
  };
  return {
    // A reporting unit is an agency or a region, which no single foreign key can say.
    references: [...tableReferences(progressReports), { field: 'unitCode', target: 'unit' }],
    async write(rows) {
      const counts = await upsertRows(tx, spec, rows.map((r): Row => ({ ...r.record })), actor);
      return { ...counts, rejects: [] };
    },
  };
};
