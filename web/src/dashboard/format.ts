import { language } from './i18n.ts';

/** Counts arrive as a JSON number, or a string beyond 2^53. */
export type Count = number | string;

/**
 * One Intl.NumberFormat per language and number of decimals, kept: `toLocaleString` with options
 * builds a new formatter on every call, and the page formats thousands of cells and tips a redraw.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(digits?: number): Intl.NumberFormat {
  const locale = language() === 'zh' ? 'zh-CN' : 'en-GB';
  const key = `${locale}:${digits ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  return format;
}

export const percent = (rate: number | null | undefined): string => (rate == null ? '—' : `${formatter(1).format(rate * 100)}%`);

export const decimal = (value: number | null | undefined, digits = 2): string => (value == null ? '—' : formatter(digits).format(value));

export const count = (value: Count | null | undefined): string =>
  value == null ? '—' : typeof value === 'string' ? value : formatter().format(value);

