import type { SQL } from 'drizzle-orm';
import type { Viewer } from './viewer.ts';

/** Every record kind the operational API reads or writes; also the `entity` of audit events. */
export type Entity =
  | 'region' | 'agency' | 'officer' | 'training' | 'assessment' | 'powerItem' | 'standard' | 'filing'
  | 'penaltyCase' | 'problem' | 'problemEvent' | 'caseReview' | 'survey' | 'complaint' | 'auditEvent';

/**
 * The rows of `entity` that `viewer` may see, as an SQL condition ANDed into every list, lookup
 * and loader query. Access control is a later task: for now everything is visible, but every
 * read already passes through here so that task only has to fill this function in.
 */
export function scopeCondition(_viewer: Viewer, _entity: Entity): SQL | undefined {
  return undefined;
}

/** Fields that hold personal data (个人信息), per entity: the one list masking will act on. */
export const PERSONAL_FIELDS: Partial<Record<Entity, readonly string[]>> = {
  officer: ['name', 'idNumber', 'phone'],
  penaltyCase: ['partyName', 'partyIdNumber', 'partyPhone'],
  complaint: ['complainantName', 'complainantPhone'],
};

/** What `viewer` sees of one personal-data value; unchanged until masking is switched on. */
export function personalData<T>(_viewer: Viewer, value: T): T {
  return value;
}

/** A record as `viewer` may see it: its personal-data fields passed through `personalData`. */
export function maskPersonal<N extends object>(viewer: Viewer, entity: Entity, node: N): N {
  const fields = PERSONAL_FIELDS[entity];
  if (!fields) return node;
  const masked = { ...node } as Record<string, unknown>;
  for (const field of fields) if (field in masked) masked[field] = personalData(viewer, masked[field]);
  return masked as N;
}
