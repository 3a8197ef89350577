import { sql, type SQL } from 'drizzle-orm';
import type { Viewer } from './viewer.ts';
import { maskValue, type PersonalKind } from './mask.ts';
import { OWNERS, ownedBy } from './owners.ts';

/** Every record kind the operational API reads or writes; also the `entity` of audit events. */
export type Entity =
  | 'region' | 'agency' | 'officer' | 'training' | 'assessment' | 'powerItem' | 'standard' | 'filing'
  | 'penaltyCase' | 'problem' | 'problemEvent' | 'caseReview' | 'survey' | 'complaint' | 'auditEvent'
  | 'evaluationScheme' | 'task' | 'progressReport' | 'clue' | 'clueStep';

/**
 * The rows of `entity` that `viewer` may see, as an SQL condition ANDed into every list, lookup
 * and loader query (so nested fields obey it too). ADMIN, ANALYST and LEADER read every record;
 * SUPERVISOR the records of its region and the regions under it; FILER those of its agency.
 * Regions and discretion standards are published reference data: every signed-in role reads
 * them. The audit trail is ADMIN's; PUBLIC reads no records at all.
 */
export function scopeCondition(viewer: Viewer, entity: Entity): SQL | undefined {
  if (viewer.role === 'ADMIN') return undefined;
  if (viewer.role === 'PUBLIC' || entity === 'auditEvent') return sql`false`;
  const owner = OWNERS[entity];
  if (!owner || viewer.role === 'ANALYST' || viewer.role === 'LEADER') return undefined;
  return ownedBy(viewer, owner);
}

/** Fields that hold personal data (个人信息), per entity, with how each is masked. */
export const PERSONAL_FIELDS: Partial<Record<Entity, Readonly<Record<string, PersonalKind>>>> = {
  officer: { name: 'name', idNumber: 'idNumber', phone: 'phone' },
  penaltyCase: { partyName: 'name', partyIdNumber: 'idNumber', partyPhone: 'phone' },
  complaint: { complainantName: 'name', complainantPhone: 'phone' },
};

/**
 * Who reads personal data in clear: ADMIN, and SUPERVISOR and FILER within their scope, who
 * handle those records. A FILER never learns who complained about its agency. ANALYST and
 * LEADER see it masked; PUBLIC sees no records.
 */
export function seesPersonalData(viewer: Viewer, entity: Entity): boolean {
  if (viewer.role === 'ADMIN' || viewer.role === 'SUPERVISOR') return true;
  return viewer.role === 'FILER' && entity !== 'complaint';
}

/** The personal-data fields of `entity` the viewer may not see: also refused as filters and orderings. */
export function hiddenFields(viewer: Viewer, entity: Entity): string[] {
  const fields = PERSONAL_FIELDS[entity];
  return fields && !seesPersonalData(viewer, entity) ? Object.keys(fields) : [];
}

/** A record as `viewer` may see it: personal-data fields masked (not dropped, so counts add up). */
export function maskPersonal<N extends object>(viewer: Viewer, entity: Entity, node: N): N {
  const hidden = hiddenFields(viewer, entity);
  if (!hidden.length) return node;
  const masked = { ...node } as Record<string, unknown>;
  for (const field of hidden) if (field in masked) masked[field] = maskValue(PERSONAL_FIELDS[entity]![field], masked[field]);
  return masked as N;
}
