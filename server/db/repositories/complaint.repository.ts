import { eq } from 'drizzle-orm';
import { agencies, complaints } from '../tables/index.ts';
import type { ComplaintStatus } from '../../domain/enums.ts';
import type { Complaint } from '../../../schema/oversight/complaint.type.ts';
import type { ComplaintFilter, ComplaintOrderField } from '../../../schema/oversight/complaint.filter.ts';
import type { ComplaintInput } from '../../../schema/oversight/complaint.input.ts';
import { complaintTransition, parseComplaint } from '../../../schema/oversight/complaint.rules.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { audited, conflict, lockExisting, validRecord } from './write.ts';

const c = complaints;

export const complaintRepository = repository<typeof complaints, Complaint, ComplaintFilter, ComplaintOrderField>({
  entity: 'complaint',
  table: complaints,
  key: [c.id],
  filters: {
    channel: c.channel, receivedAt: c.receivedAt, agencyCode: c.agencyCode, category: c.category,
    status: c.status, transferredToDiscipline: c.transferredToDiscipline,
  },
  orders: { RECEIVED_AT: c.receivedAt, STATUS: c.status, AGENCY_CODE: c.agencyCode },
  typeName: 'Complaint',
  references: [{ field: 'agency', column: complaints.agencyCode, target: () => agencyRepository.joinable }],
});

export function recordComplaint(r: Reader, input: ComplaintInput): Promise<Complaint> {
  return audited(r, 'complaint', 'create', async (tx) => {
    const agencyRef = { field: 'agencyCode', column: agencies.code, what: 'agency' };
    const record = await validRecord(tx, parseComplaint, { ...input }, [agencyRef]);
    const [after] = await tx.insert(c).values(record).returning();
    return { entityKey: String(after.id), before: null, after };
  }).then((row) => complaintRepository.present(r.viewer, row));
}

/** Moves a complaint on; TRANSFERRED also marks it as transferred to the discipline organs. */
export function updateComplaintStatus(r: Reader, id: number, status: ComplaintStatus): Promise<Complaint> {
  return audited(r, 'complaint', 'updateStatus', async (tx) => {
    const before = await lockExisting(tx, c, eq(c.id, id), 'complaint', String(id));
    const refused = complaintTransition(before.status, status);
    if (refused) conflict(refused);
    const values = status === 'TRANSFERRED' ? { status, transferredToDiscipline: true } : { status };
    const [after] = await tx.update(c).set(values).where(eq(c.id, id)).returning();
    return { entityKey: String(id), before, after };
  }).then((row) => complaintRepository.present(r.viewer, row));
}
