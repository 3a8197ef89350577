import type { Band } from '../../../domain/enums.ts';
import { VIOLATION_ITEMS, type ViolationItem } from './violation-items.ts';

export interface BandRange {
  min: number;
  max: number;
}

/** One published version of one item's discretion standard (自由裁量权基准). */
export interface StandardVersion {
  item: ViolationItem;
  validFrom: string;
  validTo: string | null;
  bands: Record<Band, BandRange>;
}

export const FIRST_CATALOGUE = '2022-01-01';
export const REVISED_CATALOGUE = '2024-01-01';

/** Where the statutory range is cut into MINOR | GENERAL | SERIOUS | SEVERE. */
const FIRST_CUTS = [0.1, 0.4, 0.7];
/** The 2024 revision tightened the lower bands so that ordinary cases are fined less. */
const REVISED_CUTS = [0.08, 0.3, 0.6];

/** Fines are set in round amounts; the rounding step grows with the size of the range. */
export function roundingUnit(width: number): number {
  return width <= 1_000 ? 10 : width <= 10_000 ? 50 : width <= 100_000 ? 100 : 1_000;
}

function bandRanges(item: ViolationItem, cuts: number[]): Record<Band, BandRange> {
  const width = item.statutoryMax - item.statutoryMin;
  const unit = roundingUnit(width);
  const points = [
    item.statutoryMin,
    ...cuts.map((c) => Math.round((item.statutoryMin + c * width) / unit) * unit),
    item.statutoryMax,
  ];
  return {
    MINOR: { min: points[0], max: points[1] },
    GENERAL: { min: points[1], max: points[2] },
    SERIOUS: { min: points[2], max: points[3] },
    SEVERE: { min: points[3], max: points[4] },
  };
}

/** Two of every three items were revised in 2024; the rest kept their first standard. */
const isRevised = (index: number) => index % 3 !== 2;

export function buildStandards(): StandardVersion[] {
  return VIOLATION_ITEMS.flatMap((item, index) => {
    const first = { item, validFrom: FIRST_CATALOGUE, bands: bandRanges(item, FIRST_CUTS) };
    if (!isRevised(index)) return [{ ...first, validTo: null }];
    return [
      { ...first, validTo: '2023-12-31' },
      { item, validFrom: REVISED_CATALOGUE, validTo: null, bands: bandRanges(item, REVISED_CUTS) },
    ];
  });
}

/** Looks up the band range in force on a date. */
export class StandardBook {
  private readonly versions = new Map<string, StandardVersion[]>();

  constructor(standards: StandardVersion[]) {
    for (const s of standards) this.versions.set(s.item.code, [...(this.versions.get(s.item.code) ?? []), s]);
  }

  rangeOn(itemCode: string, band: Band, date: string): BandRange {
    const version = this.versions.get(itemCode)?.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
    if (!version) throw new Error(`no standard for ${itemCode} on ${date}`);
    return version.bands[band];
  }
}
