import { and, eq } from 'drizzle-orm';
import { standards } from '../tables/index.ts';
import type { Band } from '../../domain/enums.ts';
import { parseStandardRow } from '../../domain/records/standards.ts';
import type { Standard } from '../../../schema/standards/standard.type.ts';
import type { StandardFilter, StandardOrderField } from '../../../schema/standards/standard.filter.ts';
import type { StandardInput } from '../../../schema/standards/standard.input.ts';
import { repository, type Reader } from './repository.ts';
import { inForceOn } from './conditions.ts';
import { audited, upsertRow, validRecord } from './write.ts';

export const standardRepository = repository<typeof standards, Standard, StandardFilter, StandardOrderField>({
  entity: 'standard',
  table: standards,
  key: [standards.violationItemCode, standards.band, standards.validFrom],
  filters: {
    violationItemCode: standards.violationItemCode, band: standards.band, domain: standards.domain, name: standards.name,
    validOn: (day) => inForceOn(standards.validFrom, standards.validTo, day),
  },
  orders: {
    VIOLATION_ITEM_CODE: standards.violationItemCode, BAND: standards.band, VALID_FROM: standards.validFrom,
    MIN_YUAN: standards.minYuan, MAX_YUAN: standards.maxYuan,
  },
  typeName: 'Standard',
  // standardsInForce picks a band by its validity.
  requires: [standards.band, standards.validFrom, standards.validTo],
});

export interface BandOn {
  violationItemCode: string;
  band: Band;
  /** YYYY-MM-DD */
  on: string;
}

/** The band in force on each requested day (the latest validFrom wins an overlap), or null. */
export async function standardsInForce(r: Reader, wanted: readonly BandOn[]): Promise<Array<Standard | null>> {
  const codes = [...new Set(wanted.map((w) => w.violationItemCode))];
  const rows = await standardRepository.findAllIn(r, standards.violationItemCode, codes);
  return wanted.map((w) =>
    rows
      .filter((s) => s.violationItemCode === w.violationItemCode && s.band === w.band && s.validFrom <= w.on && (!s.validTo || w.on <= s.validTo))
      .at(-1) ?? null,
  );
}

/** Records (or replaces) one band of a standard; standards are city-wide, so no row scope applies (ADMIN only). */
export function recordStandard(r: Reader, input: StandardInput): Promise<Standard> {
  return audited(r, 'standard', 'update', async (tx) => {
    const record = await validRecord(tx, parseStandardRow, { ...input });
    const s = standards;
    const key = and(eq(s.violationItemCode, record.violationItemCode), eq(s.band, record.band), eq(s.validFrom, record.validFrom))!;
    const change = await upsertRow(tx, s, key, record);
    return { entityKey: `${record.violationItemCode}/${record.band}/${record.validFrom}`, ...change };
  }).then((row) => standardRepository.present(r.viewer, row));
}
