import { tableReferences } from '../../../server/db/references.ts';
import { FILING_COUNT_FIELDS, filings } from '../../../server/db/tables/index.ts';
import { filingRules, type FilingRecord } from '../../../server/domain/records/filings.ts';
import { upsertRows, type Row, type UpsertSpec } from '../upsert.ts';
import type { LoaderFactory } from './loader.ts';

const FIGURES = [...FILING_COUNT_FIELDS, 'finesTotalYuan'] as const;

// Numeric columns come back as text ('12.50'); figures are equal when their values are.
const sameFigures = (a: Row, b: Row) => FIGURES.every((f) => Number(a[f]) === Number(b[f]));

/**
 * Quarterly filings. A row replaces the agency-quarter's figures in place (a resubmission never
 * adds to them). A row without submittedAt is submitted now, unless its figures equal the stored
 * ones: then it is the same submission and keeps its time, so re-importing changes nothing.
 */
export const filingsLoader: LoaderFactory<FilingRecord> = ({ tx, actor, accept, now }) => {
  const spec: UpsertSpec = {
    table: filings,
    entity: 'filing',
    key: filingRules.key,
    // Without --accept an already accepted filing with the same figures stays accepted.
    compare: [...FIGURES, 'submittedAt', ...(accept ? ['status'] : [])],
    merge: (incoming, stored) =>
      incoming.submittedAt === null && stored && sameFigures(incoming, stored)
        ? { ...incoming, submittedAt: stored.submittedAt }
        : { ...incoming, submittedAt: incoming.submittedAt ?? now },
  };
  const toRow = (f: FilingRecord): Row => ({
    ...f,
    status: accept ? 'ACCEPTED' : 'SUBMITTED',
    reviewedAt: accept ? now : null,
    reviewedBy: accept ? actor : null,
    returnReason: null,
  });
  return {
    references: tableReferences(filings),
    async write(rows) {
      const counts = await upsertRows(tx, spec, rows.map((r) => toRow(r.record)), actor);
      return { ...counts, rejects: [] };
    },
  };
};
