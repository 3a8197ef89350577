import { z } from 'zod';
import { COMPLAINT_CHANNELS, type ComplaintStatus } from '../../server/domain/enums.ts';
import { boolean, oneOf, text, timestamp, uscc } from '../../server/domain/records/fields.ts';
import { rowParser } from '../../server/domain/records/record.ts';

// Complaints are not an import kind, so their record rules live with the mutation, built from
// the same field rules the import uses.
const COMPLAINT_FIELDS = [
  'channel', 'receivedAt', 'agencyCode', 'category', 'transferredToDiscipline', 'complainantName', 'complainantPhone',
] as const;

export const parseComplaint = rowParser(COMPLAINT_FIELDS, z.object({
  channel: oneOf(COMPLAINT_CHANNELS).required(),
  receivedAt: timestamp.required(),
  agencyCode: uscc.required(),
  category: text(200).required(),
  transferredToDiscipline: boolean.orElse(false),
  complainantName: text(100).optional(),
  complainantPhone: text(40).optional(),
}));

/** How a complaint is handled: RESOLVED and TRANSFERRED (移送纪检监察) are final. */
const NEXT: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  RECEIVED: ['HANDLING', 'RESOLVED', 'TRANSFERRED'],
  HANDLING: ['RESOLVED', 'TRANSFERRED'],
  RESOLVED: [],
  TRANSFERRED: [],
};

/** Why a complaint cannot move from `from` to `to`, or null when it can. */
export function complaintTransition(from: ComplaintStatus, to: ComplaintStatus): string | null {
  if (NEXT[from].includes(to)) return null;
  return NEXT[from].length
    ? `a ${from} complaint cannot become ${to}; allowed next: ${NEXT[from].join(' or ')}`
    : `a ${from} complaint is closed`;
}
