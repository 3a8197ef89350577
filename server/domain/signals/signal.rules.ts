import { appError, ErrorCode } from '../../../schema/common/errors.ts';

/** Enforcement pattern signals (执法突出问题研判, domain.md §4.10); each is also a problem category. */
export const SIGNAL_KINDS = ['CAMPAIGN', 'PROFIT_DRIVEN', 'ONE_SIZE_FITS_ALL', 'MECHANICAL'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const SIGNAL_TITLES: Record<SignalKind, { zh: string; en: string }> = {
  CAMPAIGN: { zh: '运动式执法', en: 'Campaign-style enforcement' },
  PROFIT_DRIVEN: { zh: '逐利执法', en: 'Profit-driven enforcement' },
  ONE_SIZE_FITS_ALL: { zh: '一刀切', en: 'One size fits all' },
  MECHANICAL: { zh: '机械执法', en: 'Mechanical enforcement' },
};

/** What names one signal: its kind, year and agency, and the month (CAMPAIGN) or violation item (ONE_SIZE_FITS_ALL). */
export interface SignalKey {
  kind: SignalKind;
  year: number;
  agencyCode: string;
  month: number | null;
  violationItemCode: string | null;
}

/** A stable id, e.g. `CAMPAIGN:2024:<agency>:3`, `ONE_SIZE_FITS_ALL:2024:<agency>:<item>`: what a problem records. */
export function signalId(key: SignalKey): string {
  const detail = key.kind === 'CAMPAIGN' ? [key.month] : key.kind === 'ONE_SIZE_FITS_ALL' ? [key.violationItemCode] : [];
  return [key.kind, key.year, key.agencyCode, ...detail].join(':');
}

/** The key of a signal id; BAD_USER_INPUT naming `field` when it is not one. */
export function parseSignalId(id: string, field = 'signalId'): SignalKey {
  const [kind, year, agencyCode, detail, ...rest] = id.split(':');
  const needsDetail = kind === 'CAMPAIGN' || kind === 'ONE_SIZE_FITS_ALL';
  const month = kind === 'CAMPAIGN' ? Number(detail) : null;
  const valid = (SIGNAL_KINDS as readonly string[]).includes(kind) && /^\d{4}$/.test(year ?? '') && !!agencyCode && !rest.length
    && (needsDetail ? !!detail : detail === undefined) && (month === null || (Number.isInteger(month) && month >= 1 && month <= 12));
  if (!valid) {
    const reason = 'not a signal id (KIND:YEAR:AGENCY, plus :MONTH for CAMPAIGN or :ITEM for ONE_SIZE_FITS_ALL)';
    throw appError(ErrorCode.BAD_USER_INPUT, `${field}: ${reason}`, { problems: [{ field, reason }] });
  }
  return { kind: kind as SignalKind, year: Number(year), agencyCode, month, violationItemCode: kind === 'ONE_SIZE_FITS_ALL' ? detail : null };
}
