import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, officers, regions } from '../db/tables/index.ts';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import { ownedBy } from './owners.ts';
import type { Entity } from './policy.ts';
import type { Viewer } from './viewer.ts';

/** The owner fields a written row may carry (before or after the change). */
interface OwnedRow {
  agencyCode?: string | null;
  regionCode?: string | null;
  officerNo?: string | null;
  /** A progress report's reporting unit: an agency or a region. */
  unitCode?: string | null;
  status?: string | null;
}

const exists = async (query: Promise<unknown[]>) => (await query).length > 0;

/** Whether the scoped viewer is bound to the row's owner: its agency, else its region, else its officer's agency. */
async function owns(tx: Db, viewer: Viewer, row: OwnedRow): Promise<boolean> {
  const one = { one: sql`1` };
  if (row.unitCode) return (await owns(tx, viewer, { agencyCode: row.unitCode })) || owns(tx, viewer, { regionCode: row.unitCode });
  if (row.agencyCode) {
    return exists(tx.select(one).from(agencies).where(and(eq(agencies.code, row.agencyCode), ownedBy(viewer, { agency: agencies.code }))));
  }
  if (row.regionCode) {
    return exists(tx.select(one).from(regions).where(and(eq(regions.code, row.regionCode), ownedBy(viewer, { region: regions.code }))));
  }
  if (row.officerNo) {
    return exists(tx.select(one).from(officers).where(and(eq(officers.officerNo, row.officerNo), ownedBy(viewer, { agency: officers.agencyCode }))));
  }
  return false;
}

/**
 * The one refusal of a write out of scope: the same code and message whatever the record's
 * existence or state, so a refusal tells nothing about records the viewer may not see.
 */
export const outOfScope = (viewer: Viewer, entity: Entity) =>
  appError(ErrorCode.FORBIDDEN, `${viewer.role} ${viewer.subject} may not change this ${entity}: it is not within the token's ${viewer.role === 'FILER' ? 'agency' : 'region'}`);

/**
 * Refuses (FORBIDDEN) a scoped viewer a record it is not bound to, or one that is missing (where
 * the key does not name the owner, a missing record must look like one out of scope).
 */
export async function assertOwned(tx: Db, viewer: Viewer, entity: Entity, row: object | null | undefined): Promise<void> {
  if (viewer.role === 'ADMIN') return;
  if (row == null || !(await owns(tx, viewer, row as OwnedRow))) throw outOfScope(viewer, entity);
}

/**
 * Refuses (FORBIDDEN) a change a scoped role may not make: both the row as it was and as it
 * would be must belong to the viewer, so nobody moves a record into or out of their scope.
 * Runs inside the change's transaction, which the refusal rolls back. ADMIN writes anything;
 * which roles reach a mutation at all is the `@Authorized` list on it.
 */
export async function assertWritable(tx: Db, viewer: Viewer, entity: Entity, change: { before: unknown; after: unknown }): Promise<void> {
  if (viewer.role === 'ADMIN') return;
  for (const row of [change.before, change.after]) {
    if (row != null) await assertOwned(tx, viewer, entity, row);
  }
  // 销号 (VERIFIED) is the supervisor's sign-off on the agency's own rectification.
  if (entity === 'problem' && viewer.role === 'FILER' && (change.after as OwnedRow).status === 'VERIFIED') {
    throw appError(ErrorCode.FORBIDDEN, 'only a supervisor can verify (销号) a rectified problem');
  }
}
