import { CITY_CODE, ZONE_CODES } from './regions.ts';
import { clamp, type Random } from './prng.ts';

/**
 * How an agency tends to behave. The district-level regions differ on purpose, so that the
 * cross-district inconsistency (同案不同罚), timeliness and ranking metrics have something to show.
 */
export interface Profile {
  /** Where inside a band the agency's fines usually fall (0 = band minimum, 1 = maximum). */
  finePosition: number;
  /** Share of ordinary (leniency NONE) cases fined outside their band, in 2022. */
  outOfBand: number;
  /** Share of filings submitted after the due date, in 2022. */
  lateFiling: number;
  /** Mean case-file review score (案卷评查), in 2022. */
  quality: number;
  /** Mean satisfaction score, in 2022. */
  satisfaction: number;
  /** Share of 双随机 inspections planned that get done. */
  inspectionDiligence: number;
}

const DISTRICT_PROFILES: Record<string, Profile> = {
  [CITY_CODE]: { finePosition: 0.45, outOfBand: 0.04, lateFiling: 0.05, quality: 86, satisfaction: 88, inspectionDiligence: 0.95 },
  '420702': { finePosition: 0.3, outOfBand: 0.06, lateFiling: 0.12, quality: 79, satisfaction: 85, inspectionDiligence: 0.85 },
  '420703': { finePosition: 0.68, outOfBand: 0.1, lateFiling: 0.08, quality: 77, satisfaction: 82, inspectionDiligence: 0.9 },
  '420704': { finePosition: 0.5, outOfBand: 0.03, lateFiling: 0.04, quality: 84, satisfaction: 87, inspectionDiligence: 1.0 },
  [ZONE_CODES.gedian]: { finePosition: 0.58, outOfBand: 0.05, lateFiling: 0.06, quality: 82, satisfaction: 86, inspectionDiligence: 0.92 },
  [ZONE_CODES.linkong]: { finePosition: 0.38, outOfBand: 0.07, lateFiling: 0.15, quality: 78, satisfaction: 84, inspectionDiligence: 0.8 },
};

/** The district's tendencies, jittered per agency so agencies of one district still differ. */
export function agencyProfile(districtCode: string, rng: Random): Profile {
  const base = DISTRICT_PROFILES[districtCode];
  return {
    finePosition: clamp(base.finePosition + rng.normal(0, 0.06), 0.1, 0.9),
    outOfBand: clamp(base.outOfBand * rng.uniform(0.6, 1.4), 0, 0.3),
    lateFiling: clamp(base.lateFiling * rng.uniform(0.3, 1.8), 0, 0.5),
    quality: clamp(base.quality + rng.normal(0, 3), 60, 97),
    satisfaction: clamp(base.satisfaction + rng.normal(0, 2.5), 65, 97),
    inspectionDiligence: clamp(base.inspectionDiligence + rng.normal(0, 0.05), 0.6, 1.1),
  };
}

/** The programme works: each year is better than the last (0 in 2022, 1 in 2023, 2 in 2024). */
export const yearsIn = (year: number) => year - 2022;
