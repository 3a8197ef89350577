import { standards } from '../tables/index.ts';
import type { Band } from '../../domain/enums.ts';
import { KIND_TABLES } from '../kinds.ts';
import type { Standard } from '../../../schema/standards/standard.type.ts';
import type { StandardFilter, StandardOrderField } from '../../../schema/standards/standard.filter.ts';
import { repository, type Reader } from './repository.ts';
import { inForceOn } from './conditions.ts';
import { recordKind } from './record-kind.ts';

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
export const recordStandard = recordKind(KIND_TABLES.standards, standardRepository);
