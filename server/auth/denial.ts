import type { GraphQLError } from 'graphql';
import type { Store } from '../db/client.ts';
import { recordAudit } from '../db/audit.ts';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import type { Viewer } from './viewer.ts';

export interface Denial {
  /** What was refused: an entity ('filing') or an operation field ('Mutation.acceptFiling'). */
  entity: string;
  /** The record or field concerned. */
  entityKey: string;
  reason: string;
}

/**
 * The error for a refused request: UNAUTHENTICATED for PUBLIC (a token would be needed),
 * FORBIDDEN for a signed-in role that may not do it.
 */
export function denialError(viewer: Viewer, reason: string): GraphQLError {
  return viewer.role === 'PUBLIC'
    ? appError(ErrorCode.UNAUTHENTICATED, `sign in: ${reason}`)
    : appError(ErrorCode.FORBIDDEN, `${viewer.role} ${viewer.subject}: ${reason}`);
}

/**
 * Writes the audit event of a refusal (action 'denied'), outside any transaction of the refused
 * change so it survives the rollback. A failure to audit never hides the refusal itself.
 */
export async function recordDenial(store: Store, viewer: Viewer, denial: Denial): Promise<void> {
  await recordAudit(store.db, {
    actor: viewer.subject, action: 'denied', entity: denial.entity, entityKey: denial.entityKey,
    after: { role: viewer.role, regionCode: viewer.regionCode ?? null, agencyCode: viewer.agencyCode ?? null, reason: denial.reason },
  }).catch(() => undefined);
}

/** Audits the refusal and returns the error to throw. */
export async function deny(r: { store: Store; viewer: Viewer }, denial: Denial): Promise<GraphQLError> {
  await recordDenial(r.store, r.viewer, denial);
  return denialError(r.viewer, denial.reason);
}
