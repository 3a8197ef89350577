import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  agencies, caseReviews, clues, clueSteps, complaints, filings, officerAssessments, officers, penaltyCases, powerItems, problemEvents,
  problems, progressReports, regions, surveys, training,
} from '../db/tables/index.ts';
import type { Viewer } from './viewer.ts';
import type { Entity } from './policy.ts';

/** The columns that tie a record to an agency, a region, an officer or a problem: what scoped roles are bound by. */
export interface Owner {
  agency?: PgColumn;
  region?: PgColumn;
  officer?: PgColumn;
  problem?: PgColumn;
  clue?: PgColumn;
}

/** Records bound to an owner; entities missing here (regions, standards, audit events) are handled by role alone. */
export const OWNERS: Partial<Record<Entity, Owner>> = {
  agency: { agency: agencies.code },
  officer: { agency: officers.agencyCode },
  training: { officer: training.officerNo },
  assessment: { officer: officerAssessments.officerNo },
  powerItem: { agency: powerItems.agencyCode },
  filing: { agency: filings.agencyCode },
  penaltyCase: { agency: penaltyCases.agencyCode },
  caseReview: { agency: caseReviews.agencyCode },
  complaint: { agency: complaints.agencyCode },
  problem: { agency: problems.agencyCode, region: problems.regionCode },
  problemEvent: { problem: problemEvents.problemCode },
  survey: { agency: surveys.agencyCode, region: surveys.regionCode },
  // A reporting unit is an agency or a region: its code is bound either way.
  progressReport: { agency: progressReports.unitCode, region: progressReports.unitCode },
  clue: { agency: clues.agencyCode },
  clueStep: { clue: clueSteps.clueCode },
};

/** The region and every region under it (the regions tree walked down; `union` stops at a bad loop). */
export const regionClosure = (code: string): SQL =>
  sql`(with recursive sub(code) as (select ${code}::text union select ${regions.code} from ${regions} join sub on ${regions.parentCode} = sub.code) select code from sub)`;

/** The condition that `column` names an agency the viewer is bound to (FILER: its own; SUPERVISOR: those of its regions). */
function boundAgency(viewer: Viewer, column: PgColumn): SQL {
  if (viewer.role === 'FILER' && viewer.agencyCode) return eq(column, viewer.agencyCode);
  if (viewer.role === 'SUPERVISOR' && viewer.regionCode) {
    return sql`${column} in (select ${agencies.code} from ${agencies} where ${agencies.regionCode} in ${regionClosure(viewer.regionCode)})`;
  }
  return sql`false`;
}

/** A SUPERVISOR is bound to its regions; a FILER to no region as such, only to its agency. */
function boundRegion(viewer: Viewer, column: PgColumn): SQL {
  return viewer.role === 'SUPERVISOR' && viewer.regionCode ? sql`${column} in ${regionClosure(viewer.regionCode)}` : sql`false`;
}

/** Rows whose owner the scoped viewer is bound to: any one owner column in scope is enough. */
export function ownedBy(viewer: Viewer, owner: Owner): SQL {
  const parts: SQL[] = [];
  if (owner.agency) parts.push(boundAgency(viewer, owner.agency));
  if (owner.region) parts.push(boundRegion(viewer, owner.region));
  if (owner.officer) parts.push(sql`${owner.officer} in (select ${officers.officerNo} from ${officers} where ${boundAgency(viewer, officers.agencyCode)})`);
  if (owner.problem) parts.push(sql`${owner.problem} in (select ${problems.code} from ${problems} where ${ownedBy(viewer, OWNERS.problem!)})`);
  if (owner.clue) parts.push(sql`${owner.clue} in (select ${clues.clueCode} from ${clues} where ${ownedBy(viewer, OWNERS.clue!)})`);
  return parts.length ? or(...parts)! : sql`false`;
}
