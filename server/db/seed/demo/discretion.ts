import type { Band, Leniency } from '../../../domain/enums.ts';
import { clamp, type Random } from './prng.ts';
import { yearsIn, type Profile } from './profiles.ts';
import { roundingUnit, type BandRange } from './standards.ts';

/** How a case was decided: its band, 两轻两免 leniency and fine. */
export interface Decision {
  band: Band;
  firstOffence: boolean;
  leniency: Leniency;
  fineYuan: number;
}

const BAND_WEIGHTS: Record<Band, number> = { MINOR: 30, GENERAL: 42, SERIOUS: 19, SEVERE: 9 };
const FIRST_OFFENCE: Record<Band, number> = { MINOR: 0.65, GENERAL: 0.35, SERIOUS: 0.15, SEVERE: 0.05 };
/** First-offence MINOR cases given 两轻两免; the list spreads to every domain over the programme. */
const FIRST_MINOR_LENIENCY = [0.62, 0.78, 0.88];
const FIRST_MINOR_KINDS: Record<Exclude<Leniency, 'NONE'>, number> = { NO_PENALTY: 45, LIGHTER: 20, MITIGATED: 15, NO_COMPULSION: 20 };
const OTHER_KINDS: Record<Leniency, number> = { NONE: 88, LIGHTER: 7, MITIGATED: 3, NO_COMPULSION: 2, NO_PENALTY: 0 };

function leniencyFor(band: Band, firstOffence: boolean, year: number, rng: Random): Leniency {
  if (band === 'MINOR' && firstOffence) {
    return rng.chance(FIRST_MINOR_LENIENCY[yearsIn(year)]) ? rng.weighted(FIRST_MINOR_KINDS) : 'NONE';
  }
  return rng.weighted(OTHER_KINDS);
}

/**
 * A fine outside the band on purpose: above the maximum, or below a non-zero minimum. The
 * rounding step keeps it outside.
 */
function outOfBandFine({ min, max }: BandRange, unit: number, rng: Random): number {
  if (min > unit && rng.chance(0.4)) return Math.min(min - unit, Math.floor((min * rng.uniform(0.5, 0.9)) / unit) * unit);
  return Math.max(max + unit, Math.ceil((Math.max(max, unit) * rng.uniform(1.1, 1.6)) / unit) * unit);
}

function fineFor(leniency: Leniency, range: BandRange, profile: Profile, year: number, rng: Random): number {
  const { min, max } = range;
  const unit = roundingUnit(max - min);
  const within = (position: number) => clamp(Math.round((min + position * (max - min)) / unit) * unit, min, max);
  switch (leniency) {
    case 'NO_PENALTY':
      return 0;
    case 'MITIGATED': // 减轻: below the band's minimum
      return Math.floor((min * rng.uniform(0.4, 0.9)) / unit) * unit;
    case 'LIGHTER': // 从轻: the lower part of the band
      return within(rng.uniform(0, 0.3));
    default: {
      const strayRate = profile.outOfBand * (1 - 0.25 * yearsIn(year));
      if (rng.chance(strayRate)) return outOfBandFine(range, unit, rng);
      return within(clamp(rng.normal(profile.finePosition, 0.18), 0, 1));
    }
  }
}

export function decide(rangeOf: (band: Band) => BandRange, profile: Profile, year: number, rng: Random): Decision {
  const band = rng.weighted(BAND_WEIGHTS);
  const firstOffence = rng.chance(FIRST_OFFENCE[band]);
  const leniency = leniencyFor(band, firstOffence, year, rng);
  return { band, firstOffence, leniency, fineYuan: fineFor(leniency, rangeOf(band), profile, year, rng) };
}
