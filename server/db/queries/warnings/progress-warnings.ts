import { and, desc, eq, sql } from 'drizzle-orm';
import { agencies, progressReports, regions } from '../../tables/index.ts';
import { progressReportDueDate } from '../../../domain/calendar.ts';
import { horizonOf, warningDue, type Warning } from '../../../domain/warnings/warning.rules.ts';
import { scopeCondition } from '../../../auth/policy.ts';
import type { Reader } from '../../repositories/repository.ts';
import type { Scope } from '../../../../warehouse/queries/scope.ts';
import { inList, scopeWhere } from './warning-scope.ts';

const next = ({ year, half }: { year: number; half: number }) => (half === 1 ? { year, half: 2 } : { year: year + 1, half: 1 });

/**
 * PROGRESS_REPORT warnings (§4.9): for every unit × task whose latest report (by half-year, as
 * the reports stand now) is not DONE, each later half-year due on or before asOf + 7 days —
 * all of them unreported, as none is later than the latest. A unit that is an agency selects
 * as an agency; a region unit by its region only (it has no agency and no domain).
 */
export async function progressWarnings(r: Reader, asOf: string, scope: Scope): Promise<Warning[]> {
  const p = progressReports;
  const unitRegion = sql<string>`coalesce(${agencies.regionCode}, ${regions.code})`;
  const latest = await r.store.db.selectDistinctOn([p.unitCode, p.taskCode], {
    unitCode: p.unitCode, taskCode: p.taskCode, year: p.year, half: p.half, status: p.status,
    agencyCode: agencies.code, name: sql<string | null>`coalesce(${agencies.name}, ${regions.name})`, regionCode: unitRegion,
  }).from(p)
    .leftJoin(agencies, eq(agencies.code, p.unitCode))
    .leftJoin(regions, eq(regions.code, p.unitCode))
    .where(and(
      scopeCondition(r.viewer, 'progressReport'),
      ...scopeWhere(scope, { region: unitRegion, agency: agencies.code, domain: agencies.domains, domainIsArray: true }),
    ))
    .orderBy(p.unitCode, p.taskCode, desc(p.year), desc(p.half));
  const horizon = horizonOf('PROGRESS_REPORT', asOf);
  return latest.filter((u) => u.status !== 'DONE' && u.regionCode !== null).flatMap((u) => {
    const out: Warning[] = [];
    for (let h = next(u); progressReportDueDate(h.year, h.half) <= horizon; h = next(h)) {
      if (!inList(scope.years, h.year)) continue;
      out.push(warningDue('PROGRESS_REPORT', progressReportDueDate(h.year, h.half), asOf, {
        agencyCode: u.agencyCode, unitCode: u.unitCode, name: u.name, ownRegionCode: u.regionCode, subject: `${u.taskCode} ${h.year}H${h.half}`,
      })!);
    }
    return out;
  });
}
