import { and, lte, sql } from 'drizzle-orm';
import { agencies, problemEvents, problems } from '../../tables/index.ts';
import { quarterOf } from '../../../domain/calendar.ts';
import { horizonOf, warningDue, type Warning } from '../../../domain/warnings/warning.rules.ts';
import { scopeCondition } from '../../../auth/policy.ts';
import type { Reader } from '../../repositories/repository.ts';
import type { Scope } from '../../../../warehouse/queries/scope.ts';
import { inList, scopeWhere } from './warning-scope.ts';

const RECTIFIED = new Set(['RECTIFIED', 'VERIFIED']);

/**
 * PROBLEM warnings (§4.9): problems identified on or before asOf, not RECTIFIED or VERIFIED at
 * asOf (their last event on or before it, §4.6), whose deadline has passed or is at most 14
 * days away. A problem selects by its own region, agency and domain, and by the year and
 * quarter of identifiedOn.
 */
export async function problemWarnings(r: Reader, asOf: string, scope: Scope): Promise<Warning[]> {
  const statusAt = sql<string | null>`(select ${problemEvents.status} from ${problemEvents}
    where ${problemEvents.problemCode} = ${problems.code} and ${problemEvents.statusOn} <= ${asOf}
    order by ${problemEvents.seq} desc limit 1)`;
  const agencyName = sql<string | null>`(select ${agencies.name} from ${agencies} where ${agencies.code} = ${problems.agencyCode})`;
  const rows = await r.store.db.select({
    code: problems.code, regionCode: problems.regionCode, agencyCode: problems.agencyCode,
    identifiedOn: problems.identifiedOn, deadline: problems.deadline, statusAt, agencyName,
  }).from(problems).where(and(
    scopeCondition(r.viewer, 'problem'),
    ...scopeWhere(scope, { region: problems.regionCode, agency: problems.agencyCode, domain: problems.domain, domainIsArray: false }),
    lte(problems.identifiedOn, asOf),
    lte(problems.deadline, horizonOf('PROBLEM', asOf)),
  ));
  return rows.flatMap((p) => {
    const { year, quarter } = quarterOf(p.identifiedOn);
    // REOPENED is back to rectifying: open, like no event at all (IDENTIFIED).
    if (RECTIFIED.has(p.statusAt ?? 'IDENTIFIED') || !inList(scope.years, year) || !inList(scope.quarters, quarter)) return [];
    return [warningDue('PROBLEM', p.deadline, asOf, { agencyCode: p.agencyCode, unitCode: null, name: p.agencyName, ownRegionCode: p.regionCode, subject: p.code })!];
  });
}
