import { Invalid, type PresentValue } from './values.ts';

const INT4_MAX = 2_147_483_647;

/** A whole number within [min, max]; strings must be plain digits (no separators, no decimals). */
export function toInteger(v: PresentValue, min: number, max = INT4_MAX): number | Invalid {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^[+-]?\d+$/.test(v.trim())) n = Number(v.trim());
  else return new Invalid('must be a whole number');
  if (!Number.isInteger(n)) return new Invalid('must be a whole number');
  if (n < min) return new Invalid(min === 0 ? 'must not be negative' : `must be at least ${min}`);
  if (n > max) return new Invalid(`must be at most ${max}`);
  return n;
}

export interface DecimalRule {
  /** Digits after the dot that the column keeps. */
  places: number;
  /** Digits before the dot that the column keeps, e.g. 12 for numeric(14,2). */
  integerDigits: number;
  min?: number;
  max?: number;
}

/**
 * A non-negative decimal written with a dot, returned as a string for the numeric column.
 * Numbers from spreadsheets go through their shortest decimal form, so 0.1 + 0.2 is refused
 * rather than rounded silently.
 */
export function toDecimal(v: PresentValue, rule: DecimalRule): string | Invalid {
  const text = typeof v === 'number' ? numberText(v) : typeof v === 'string' ? v.trim() : null;
  if (text === null) return new Invalid('must be a number');
  if (/^-\d/.test(text)) return new Invalid('must not be negative');
  const m = /^\+?(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return new Invalid('must be a number written with a dot, such as 1234.56');
  const [, whole, fraction = ''] = m;
  if (fraction.length > rule.places) return new Invalid(`must have at most ${rule.places} decimal places`);
  const digits = whole.replace(/^0+(?=\d)/, '');
  const value = Number(text);
  if (digits.length > rule.integerDigits) return new Invalid(`is too large for the column (at most ${'9'.repeat(rule.integerDigits)}.${'9'.repeat(rule.places)})`);
  if (rule.min !== undefined && value < rule.min) return new Invalid(`must be at least ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) return new Invalid(`must be at most ${rule.max}`);
  return fraction ? `${digits}.${fraction}` : digits;
}

function numberText(n: number): string | null {
  // String() gives the shortest round-trip form; exponent forms then fail the pattern with a clear reason.
  return Number.isFinite(n) ? String(n) : null;
}
