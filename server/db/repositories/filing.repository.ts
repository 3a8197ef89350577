import { and, eq, type SQL } from 'drizzle-orm';
import { filings } from '../tables/index.ts';
import { auditKey } from '../audit-key.ts';
import { tableReferences } from '../references.ts';
import { filingRules, parseFilingRow } from '../../domain/records/filings.ts';
import { filingDueDate, isOnTime } from '../../domain/calendar.ts';
import type { FilingStatus } from '../../domain/enums.ts';
import type { Filing } from '../../../schema/filings/filing.type.ts';
import type { FilingFilter, FilingOrderField } from '../../../schema/filings/filing.filter.ts';
import type { FilingInput } from '../../../schema/filings/filing.input.ts';
import { badInput } from '../../../schema/common/errors.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { agencyRegion } from './conditions.ts';
import { audited, conflict, lockExisting, lockRow, upsertRow, validRecord } from './write.ts';

type FilingRow = typeof filings.$inferSelect;

export const filingRepository = repository<typeof filings, Filing, FilingFilter, FilingOrderField>({
  entity: 'filing',
  table: filings,
  key: [filings.agencyCode, filings.year, filings.quarter],
  filters: {
    agencyCode: filings.agencyCode, regionCode: agencyRegion(filings.agencyCode), year: filings.year,
    quarter: filings.quarter, status: filings.status, submittedAt: filings.submittedAt,
  },
  orders: {
    AGENCY_CODE: filings.agencyCode, YEAR: filings.year, QUARTER: filings.quarter,
    STATUS: filings.status, SUBMITTED_AT: filings.submittedAt,
  },
  typeName: 'Filing',
  references: [{ field: 'agency', column: filings.agencyCode, target: () => agencyRepository.joinable }],
  derived: {
    dueDate: { from: ['year', 'quarter'], value: (row) => filingDueDate(row.year, row.quarter) },
    onTime: { from: ['year', 'quarter', 'submittedAt'], value: (row) => (row.submittedAt ? isOnTime(row.year, row.quarter, row.submittedAt) : null) },
  },
});

export interface FilingKey {
  agencyCode: string;
  year: number;
  quarter: number;
}

export const filingWhere = (k: FilingKey): SQL =>
  and(eq(filings.agencyCode, k.agencyCode), eq(filings.year, k.year), eq(filings.quarter, k.quarter))!;
const keyText = (k: FilingKey) => auditKey('filing', filingRules.key, k);
const EDITABLE: readonly FilingStatus[] = ['DRAFT', 'RETURNED'];

/** Creates a draft or replaces the figures of a DRAFT or RETURNED filing in place (same key). */
export function saveFilingDraft(r: Reader, input: FilingInput): Promise<Filing> {
  return audited(r, 'filing', 'update', async (tx, scope) => {
    await scope.claim({ agencyCode: input.agencyCode }, keyText(input));
    const { submittedAt: _ignored, ...record } = await validRecord(tx, parseFilingRow, { ...input }, tableReferences(filings));
    const current = await lockRow(tx, filings, filingWhere(record));
    if (current && !EDITABLE.includes(current.status)) conflict(`the filing ${keyText(record)} is ${current.status}; only a DRAFT or RETURNED filing can be edited`);
    const change = await upsertRow(tx, filings, filingWhere(record), { ...record, status: current?.status ?? 'DRAFT' });
    return { entityKey: keyText(record), ...change };
  }).then((row) => filingRepository.present(r.viewer, row));
}

/** Moves a filing along its lifecycle; a move from any other status is a CONFLICT. */
function moveFiling(r: Reader, key: FilingKey, action: string, from: readonly FilingStatus[], values: Partial<FilingRow>) {
  return audited(r, 'filing', action, async (tx, scope) => {
    await scope.claim({ agencyCode: key.agencyCode }, keyText(key));
    const before = await lockExisting(tx, filings, filingWhere(key), 'filing', keyText(key));
    if (!from.includes(before.status)) conflict(`cannot ${action} the filing ${keyText(key)}: it is ${before.status}, not ${from.join(' or ')}`);
    const [after] = await tx.update(filings).set(values).where(filingWhere(key)).returning();
    return { entityKey: keyText(key), before, after };
  }).then((row) => filingRepository.present(r.viewer, row));
}

export const submitFiling = (r: Reader, key: FilingKey) =>
  moveFiling(r, key, 'submit', EDITABLE, { status: 'SUBMITTED', submittedAt: new Date(), returnReason: null });

export const acceptFiling = (r: Reader, key: FilingKey) =>
  moveFiling(r, key, 'accept', ['SUBMITTED'], { status: 'ACCEPTED', reviewedAt: new Date(), reviewedBy: r.viewer.subject });

export function returnFiling(r: Reader, key: FilingKey, reason: string) {
  const text = reason.trim();
  if (!text || text.length > 2000) throw badInput([{ field: 'reason', reason: 'must be 1 to 2000 characters' }]);
  return moveFiling(r, key, 'return', ['SUBMITTED'], { status: 'RETURNED', returnReason: text, reviewedAt: new Date(), reviewedBy: r.viewer.subject });
}
