import type { Store } from '../../client.ts';
import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';

/**
 * The years whose quarters filings are due for (§4.1): the programme's, extended to any year
 * with data — the same sources as the warehouse's dim_quarter (filings, penalty cases,
 * case-file reviews, surveys), here with filings of any status, as the store holds them all.
 */
export async function programmeYears(store: Store): Promise<{ first: number; last: number }> {
  const [row] = await store.query<{ first: number | null; last: number | null }>(`
    select min(y)::int as first, max(y)::int as last from (
      select min(year) as y from filings union all select max(year) from filings
      union all select extract(year from min(decided_on))::int from penalty_cases
      union all select extract(year from max(decided_on))::int from penalty_cases
      union all select min(year) from case_reviews union all select max(year) from case_reviews
      union all select min(year) from surveys union all select max(year) from surveys
    ) years`);
  return {
    first: Math.min(PROGRAMME_YEARS[0], row?.first ?? PROGRAMME_YEARS[0]),
    last: Math.max(PROGRAMME_YEARS[PROGRAMME_YEARS.length - 1], row?.last ?? 0),
  };
}
