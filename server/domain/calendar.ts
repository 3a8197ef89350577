import { FILING_DUE_DAY } from './rules.ts';

/** The filing calendar: quarters, their due dates and on-time rules (domain.md §3), in Asia/Shanghai. */
export const CITY_TIME_ZONE = 'Asia/Shanghai';
export const PROGRAMME_YEARS = [2022, 2023, 2024] as const;

/** Due date of a quarter's filing: day FILING_DUE_DAY of the month after the quarter ends, as YYYY-MM-DD. */
export function filingDueDate(year: number, quarter: number): string {
  const month = quarter * 3 + 1;
  const day = String(FILING_DUE_DAY).padStart(2, '0');
  return month > 12 ? `${year + 1}-01-${day}` : `${year}-${String(month).padStart(2, '0')}-${day}`;
}

// Built once: constructing an Intl.DateTimeFormat costs about a millisecond, and every filing
// read computes its on-time flag through it.
const CITY_DATE_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in the city's time zone, as YYYY-MM-DD. */
export function cityDate(instant: Date): string {
  return CITY_DATE_FORMAT.format(instant);
}

export function isOnTime(year: number, quarter: number, submittedAt: Date): boolean {
  return cityDate(submittedAt) <= filingDueDate(year, quarter);
}

export function quarterOf(isoDate: string): { year: number; quarter: number } {
  const [y, m] = isoDate.split('-').map(Number);
  return { year: y, quarter: Math.floor((m - 1) / 3) + 1 };
}

export function quarterStart(year: number, quarter: number): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function quarterEnd(year: number, quarter: number): string {
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return `${year}-${ends[quarter - 1]}`;
}

/** Quarter-end dates (YYYY-MM-DD) within [from, to]. */
export function quarterEndsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const end = quarterEnd(year, quarter);
      if (end >= from && end <= to) out.push(end);
    }
  }
  return out;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** A calendar date `days` later (earlier when negative), as YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Due date of a half-yearly progress report (§3): 15 July for the first half, 15 January next year for the second. */
export function progressReportDueDate(year: number, half: number): string {
  return half === 1 ? `${year}-07-15` : `${year + 1}-01-15`;
}
