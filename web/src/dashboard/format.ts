import { language } from './i18n.ts';

/** Counts arrive as a JSON number, or a string beyond 2^53. */
export type Count = number | string;

const locale = () => (language() === 'zh' ? 'zh-CN' : 'en-GB');

export const percent = (rate: number | null | undefined): string =>
  rate == null ? '—' : `${(rate * 100).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

export const decimal = (value: number | null | undefined, digits = 2): string =>
  value == null ? '—' : value.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const count = (value: Count | null | undefined): string =>
  value == null ? '—' : typeof value === 'string' ? value : value.toLocaleString(locale());

export const yuan = (value: number | null | undefined): string => decimal(value, 0);
