import type { GraphQLError } from 'graphql';
import type { Store } from '../db/client.ts';
import { recordAudit } from '../db/audit.ts';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import type { Viewer } from './viewer.ts';
import { DenialAuditLimiter } from './denial-limit.ts';

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

const limiters = new WeakMap<Store, DenialAuditLimiter>();

/** The store's denial audit limiter (one per store, so each server and test counts its own). */
export function denialAudits(store: Store): DenialAuditLimiter {
  let limiter = limiters.get(store);
  if (!limiter) limiters.set(store, (limiter = new DenialAuditLimiter((entry) => recordAudit(store.db, entry))));
  return limiter;
}

/**
 * Audits a refusal (action 'denied'), outside any transaction of the refused change so it
 * survives the rollback; bounded per caller and reason (denial-limit.ts). A failure to audit
 * never hides the refusal itself.
 */
export function recordDenial(store: Store, viewer: Viewer, denial: Denial): Promise<void> {
  return denialAudits(store).record(`${viewer.role}:${viewer.subject}`, `${denial.entity}:${denial.reason}`, {
    actor: viewer.subject, action: 'denied', entity: denial.entity, entityKey: denial.entityKey,
    after: { role: viewer.role, regionCode: viewer.regionCode ?? null, agencyCode: viewer.agencyCode ?? null, reason: denial.reason },
  });
}

/** Audits the refusal and returns the error to throw. */
export async function deny(r: { store: Store; viewer: Viewer }, denial: Denial): Promise<GraphQLError> {
  await recordDenial(r.store, r.viewer, denial);
  return denialError(r.viewer, denial.reason);
}
