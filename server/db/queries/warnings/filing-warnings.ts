import { and, inArray, isNull, lte, gte, notExists, or, eq, sql } from 'drizzle-orm';
import { agencies, filings } from '../../tables/index.ts';
import { filingDueDate, quarterEnd, quarterStart } from '../../../domain/calendar.ts';
import { horizonOf, warningDue, type Warning } from '../../../domain/warnings/warning.rules.ts';
import { scopeCondition } from '../../../auth/policy.ts';
import type { Reader } from '../../repositories/repository.ts';
import type { Scope } from '../../../../warehouse/queries/scope.ts';
import { programmeYears } from './programme-years.ts';
import { inList, scopeWhere } from './warning-scope.ts';

/** Statuses that count as filed for a warning: submitted is enough, review is the bureau's part. */
const FILED = ['SUBMITTED', 'ACCEPTED'] as const;

/** The quarters of the programme in scope whose filing is due on or before asOf + 7 days. */
async function quartersDue(r: Reader, asOf: string, scope: Scope) {
  const { first, last } = await programmeYears(r.store);
  const horizon = horizonOf('FILING', asOf);
  const out: Array<{ year: number; quarter: number; dueOn: string }> = [];
  for (let year = first; year <= last; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const dueOn = filingDueDate(year, quarter);
      if (dueOn <= horizon && inList(scope.years, year) && inList(scope.quarters, quarter)) out.push({ year, quarter, dueOn });
    }
  }
  return out;
}

/** FILING warnings (§4.9): every agency active in a due quarter without a SUBMITTED or ACCEPTED filing for it. */
export async function filingWarnings(r: Reader, asOf: string, scope: Scope): Promise<Warning[]> {
  const scoped = [
    scopeCondition(r.viewer, 'agency'),
    ...scopeWhere(scope, { region: agencies.regionCode, agency: agencies.code, domain: agencies.domains, domainIsArray: true }),
  ];
  const perQuarter = (await quartersDue(r, asOf, scope)).map(async ({ year, quarter, dueOn }) => {
    const missing = await r.store.db.select({ code: agencies.code, name: agencies.name, regionCode: agencies.regionCode }).from(agencies).where(and(
      ...scoped,
      or(isNull(agencies.activeFrom), lte(agencies.activeFrom, quarterEnd(year, quarter))),
      or(isNull(agencies.activeTo), gte(agencies.activeTo, quarterStart(year, quarter))),
      notExists(r.store.db.select({ one: sql`1` }).from(filings).where(and(
        eq(filings.agencyCode, agencies.code), eq(filings.year, year), eq(filings.quarter, quarter), inArray(filings.status, [...FILED]),
      ))),
    ));
    return missing.map((a) => warningDue('FILING', dueOn, asOf, {
      agencyCode: a.code, unitCode: null, name: a.name, ownRegionCode: a.regionCode, subject: `${year}Q${quarter}`,
    })!);
  });
  return (await Promise.all(perQuarter)).flat();
}
