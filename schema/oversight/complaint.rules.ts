import type { ComplaintStatus } from '../../server/domain/enums.ts';

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
