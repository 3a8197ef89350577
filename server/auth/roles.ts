import { ROLES, type Role } from './viewer.ts';

/**
 * Who may call an operation, for `@Authorized(...)` on every query and mutation. Roles decide
 * the operation; which records it reaches is decided per row by policy.ts and write-scope.ts.
 */
export const ALLOWED = {
  /** Published aggregates (analytics over the warehouse) and the evaluation scheme behind them. */
  anyone: [...ROLES],
  /** Operational records: every signed-in role, each within its scope. */
  signedIn: ['ADMIN', 'SUPERVISOR', 'FILER', 'ANALYST', 'LEADER'],
  /** Accepting or returning filings, reviewing case files, handling complaints (审核, 评查). */
  supervisors: ['ADMIN', 'SUPERVISOR'],
  /** An agency's own reporting: filing drafts and submissions, penalty cases, its power items, its officers, their training and assessments. */
  filers: ['ADMIN', 'FILER'],
  /** The problem list: raised and moved on by the agency concerned and its supervisors. */
  problemKeepers: ['ADMIN', 'SUPERVISOR', 'FILER'],
  /** The ETL run log: operations staff and the read-only roles that rely on the figures. */
  runReaders: ['ADMIN', 'ANALYST', 'LEADER'],
  /** Organisation, surveys, evaluation schemes and the audit trail. */
  admin: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
