import type { ProblemStatus } from '../enums.ts';

/**
 * The status machine of a problem (突出问题, 对账销号). REOPENED means "back to rectifying",
 * so from REOPENED the next event is RECTIFYING again or directly RECTIFIED.
 */
const NEXT: Record<ProblemStatus | 'NEW', readonly ProblemStatus[]> = {
  NEW: ['IDENTIFIED'],
  IDENTIFIED: ['RECTIFYING'],
  RECTIFYING: ['RECTIFIED'],
  RECTIFIED: ['VERIFIED', 'REOPENED'],
  VERIFIED: ['REOPENED'],
  REOPENED: ['RECTIFYING', 'RECTIFIED'],
};

/** Why `to` cannot follow `from` (null: a problem not yet recorded), or null when it can. */
export function transitionProblem(from: ProblemStatus | null, to: ProblemStatus): string | null {
  const allowed = NEXT[from ?? 'NEW'];
  if (allowed.includes(to)) return null;
  const now = from ? `a problem at ${from}` : 'a new problem';
  return `${now} cannot become ${to}; allowed next: ${allowed.join(' or ')}`;
}
