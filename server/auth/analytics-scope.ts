import type { Scope } from '../../warehouse/queries/scope.ts';
import type { Viewer } from './viewer.ts';

/**
 * The scope a viewer's token binds a warehouse read to, for the reads that name agencies and
 * cases (pattern signals) rather than publish aggregates: a SUPERVISOR its region and those
 * under it, a FILER its agency, as the row scope of policy.ts; null when unbound.
 */
export function boundScope(viewer: Viewer): Scope | null {
  if (viewer.role === 'SUPERVISOR') return { regionCodes: [viewer.regionCode ?? '\u0000none'] };
  if (viewer.role === 'FILER') return { agencyCodes: [viewer.agencyCode ?? '\u0000none'] };
  return null;
}
