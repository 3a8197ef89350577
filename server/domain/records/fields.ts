import { DOMAIN_CODES, type DomainCode } from '../domains.ts';
import { usccProblem } from '../uscc.ts';
import { toDecimal, toInteger, type DecimalRule } from './numbers.ts';
import type { FieldRule } from './record.ts';
import { Invalid, isBlank, toBoolean, toDate, toText, toTimestamp, type PresentValue } from './values.ts';

type Convert<T> = (value: PresentValue) => T | Invalid;

const REQUIRED = new Invalid('is required');
const NOT_SINGLE = new Invalid('must be a single value');

/**
 * Builds the field rules of one value type. Every field accepts the loose shapes a file cell can
 * have (string, number, boolean, Date, blank) and reports a reason a filer understands.
 */
function fieldType<T>(convert: Convert<T>) {
  const rule = <B>(blank: B | Invalid): FieldRule<T | B> => (v) => {
    if (isBlank(v)) return blank;
    // JSON and GraphQL input can hold objects and arrays, whatever RawValue says.
    if (typeof v === 'object' && !(v instanceof Date)) return NOT_SINGLE;
    return convert(v);
  };
  return {
    required: () => rule<never>(REQUIRED),
    optional: () => rule(null),
    /** Blank means `fallback`, as the database column's default does. */
    orElse: (fallback: T) => rule(fallback),
  };
}

export const text = (maxLength = 500) =>
  fieldType((v) => {
    const t = toText(v);
    return typeof t === 'string' && t.length > maxLength ? new Invalid(`must be at most ${maxLength} characters`) : t;
  });

export const code = text(64);
export const count = fieldType((v) => toInteger(v, 0));
export const year = fieldType((v) => toInteger(v, 2000, 2100));
export const quarter = fieldType((v) => toInteger(v, 1, 4));
export const half = fieldType((v) => toInteger(v, 1, 2));
/** A whole percentage 0–100. */
export const percent = fieldType((v) => toInteger(v, 0, 100));
export const positiveCount = fieldType((v) => toInteger(v, 1));
export const date = fieldType(toDate);
export const timestamp = fieldType(toTimestamp);
export const boolean = fieldType(toBoolean);
export const decimal = (rule: DecimalRule) => fieldType((v) => toDecimal(v, rule));
/** Yuan as numeric(14,2): up to 999,999,999,999.99. */
export const yuan = decimal({ places: 2, integerDigits: 12 });
/** A score 0–100 as numeric(5,2). */
export const score = decimal({ places: 2, integerDigits: 3, max: 100 });

export function oneOf<const V extends readonly string[]>(values: V) {
  return fieldType((v): V[number] | Invalid => {
    const t = typeof v === 'string' ? v.trim() : v;
    return values.includes(t as string) ? (t as V[number]) : new Invalid(`must be one of ${values.join(', ')}`);
  });
}

export const domain = oneOf(DOMAIN_CODES);

/** `;`-separated domain codes (the full-width ； too, as Chinese keyboards type it). */
export const domainList = fieldType((v): DomainCode[] | Invalid => {
  const parts = String(v).split(/[;；]/).map((p) => p.trim()).filter(Boolean);
  const unknown = parts.filter((p) => !(DOMAIN_CODES as readonly string[]).includes(p));
  if (unknown.length) return new Invalid(`has unknown domain ${unknown.join(', ')}; known: ${DOMAIN_CODES.join(', ')}`);
  if (!parts.length) return new Invalid('must name at least one domain');
  return [...new Set(parts)] as DomainCode[];
});

/** 统一社会信用代码 with its GB 32100-2015 check character. */
export const uscc = fieldType((v) => {
  const t = toText(v);
  if (t instanceof Invalid) return t;
  const problem = usccProblem(t.toUpperCase());
  return problem ? new Invalid(`is not a valid unified social credit code: ${problem}`) : t.toUpperCase();
});
