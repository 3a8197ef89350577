import { CITY_TIME_ZONE } from '../calendar.ts';

/** What one cell of an import row (or one GraphQL input field) may hold before validation. */
export type RawValue = string | number | boolean | null | Date | undefined;
export type PresentValue = string | number | boolean | Date;

/** A conversion refused a value; `reason` completes the sentence "<field> …". */
export class Invalid {
  constructor(readonly reason: string) {}
}

export const isBlank = (v: RawValue): v is null | undefined | '' =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function dayExists(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** A calendar date as YYYY-MM-DD; refuses dates that do not exist (2023-02-30). */
export function toDate(v: PresentValue): string | Invalid {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? new Invalid('is not a valid date') : cityDateOf(v);
  const m = typeof v === 'string' ? DATE.exec(v.trim()) : null;
  if (!m) return new Invalid('must be a date written YYYY-MM-DD');
  return dayExists(+m[1], +m[2], +m[3]) ? m[0] : new Invalid(`${m[0]} is not a date that exists`);
}

function cityDateOf(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant);
}

/** An ISO 8601 instant; without an offset it is wall-clock time in Asia/Shanghai (UTC+8, no DST since 1991). */
export function toTimestamp(v: PresentValue): Date | Invalid {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? new Invalid('is not a valid time') : v;
  const m = typeof v === 'string' ? TIMESTAMP.exec(v.trim()) : null;
  if (!m) return new Invalid('must be an ISO 8601 timestamp such as 2023-04-10T09:30:00');
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', offset] = m;
  if (!dayExists(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59) return new Invalid(`${m[0]} is not a time that exists`);
  const zone = offset === undefined ? '+08:00' : offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const millis = frac ? frac.slice(0, 4).padEnd(4, '0') : '';
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${millis}${zone}`);
}

const TRUE_WORDS = new Set(['true', '1', '是']);
const FALSE_WORDS = new Set(['false', '0', '否']);

export function toBoolean(v: PresentValue): boolean | Invalid {
  if (typeof v === 'boolean') return v;
  const word = String(v).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return new Invalid('must be true/false, 1/0 or 是/否');
}

/** Free text, trimmed; numbers are accepted because spreadsheets store codes such as 420700 as numbers. */
export function toText(v: PresentValue): string | Invalid {
  // PostgreSQL text cannot hold U+0000; refusing it here names the row instead of failing the file.
  if (typeof v === 'string') return v.includes('\u0000') ? new Invalid('contains a NUL character (U+0000), which text cannot hold') : v.trim();
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return new Invalid(typeof v === 'number' ? 'is a number that loses digits; format the column as text' : 'must be text');
}
