/** Calendar arithmetic on 'YYYY-MM-DD' strings, in whole days (no clock, no time zone). */
const DAY_MS = 86_400_000;

/**
 * The demo's "today": after the 2024 Q4 filing deadline (15 January 2025), so every quarter of
 * the programme has had its chance to be filed; later events are not generated.
 */
export const DEMO_AS_OF = '2025-01-31';

// The demo spans a few thousand days and converts them millions of times: remember each one.
const dayNumbers = new Map<string, number>();
const dates = new Map<number, string>();

export function toDayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    dayNumbers.set(date, (day = Date.UTC(y, m - 1, d) / DAY_MS));
  }
  return day;
}

export function fromDayNumber(day: number): string {
  let date = dates.get(day);
  if (date === undefined) dates.set(day, (date = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return date;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);

/** An instant in the city's local time (UTC+8, no daylight saving) as ISO 8601 with its offset. */
export function cityTimestamp(date: string, minuteOfDay: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00+08:00`;
}
