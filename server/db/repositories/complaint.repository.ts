import { eq } from 'drizzle-orm';
import { complaints } from '../tables/index.ts';
import { tableReferences } from '../references.ts';
import type { ComplaintStatus } from '../../domain/enums.ts';
import type { Complaint } from '../../../schema/oversight/complaint.type.ts';
import type { ComplaintFilter, ComplaintOrderField } from '../../../schema/oversight/complaint.filter.ts';
import type { ComplaintInput } from '../../../schema/oversight/complaint.input.ts';
import { complaintTransition } from '../../../schema/oversight/complaint.rules.ts';
import { newComplaintNo, parseComplaintRow } from '../../domain/records/complaints.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { audited, conflict, lockRow, validRecord } from './write.ts';
import { notFound } from '../../../schema/common/errors.ts';

const c = complaints;

export const complaintRepository = repository<typeof complaints, Complaint, ComplaintFilter, ComplaintOrderField>({
  entity: 'complaint',
  table: complaints,
  key: [c.id],
  filters: {
    complaintNo: c.complaintNo, channel: c.channel, receivedAt: c.receivedAt, agencyCode: c.agencyCode, category: c.category,
    status: c.status, transferredToDiscipline: c.transferredToDiscipline, resolvedAt: c.resolvedAt,
  },
  orders: { RECEIVED_AT: c.receivedAt, STATUS: c.status, AGENCY_CODE: c.agencyCode },
  typeName: 'Complaint',
  references: [{ field: 'agency', column: complaints.agencyCode, target: () => agencyRepository.joinable }],
});

export function recordComplaint(r: Reader, input: ComplaintInput): Promise<Complaint> {
  return audited(r, 'complaint', 'create', async (tx, scope) => {
    await scope.claim({ agencyCode: input.agencyCode }, input.agencyCode);
    const record = await validRecord(tx, parseComplaintRow, { ...input, complaintNo: input.complaintNo ?? newComplaintNo(), status: null }, tableReferences(c));
    const [after] = await tx.insert(c).values(record).returning();
    return { entityKey: String(after.id), before: null, after };
  }).then((row) => complaintRepository.present(r.viewer, row));
}

/** Moves a complaint on; closing it (RESOLVED, TRANSFERRED) stamps resolvedAt, TRANSFERRED also marks it as transferred to the discipline organs. */
export function updateComplaintStatus(r: Reader, id: number, status: ComplaintStatus): Promise<Complaint> {
  return audited(r, 'complaint', 'updateStatus', async (tx, scope) => {
    const before = await scope.found(await lockRow(tx, c, eq(c.id, id)), String(id), () => { throw notFound('complaint', String(id)); });
    const refused = complaintTransition(before.status, status);
    if (refused) conflict(refused);
    const closed = status === 'RESOLVED' || status === 'TRANSFERRED' ? { resolvedAt: new Date() } : {};
    const values = { status, ...closed, ...(status === 'TRANSFERRED' ? { transferredToDiscipline: true } : {}) };
    const [after] = await tx.update(c).set(values).where(eq(c.id, id)).returning();
    return { entityKey: String(id), before, after };
  }).then((row) => complaintRepository.present(r.viewer, row));
}
