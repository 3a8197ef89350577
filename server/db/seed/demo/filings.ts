import { PROGRAMME_YEARS, quarterEnd, quarterStart } from '../../../domain/calendar.ts';
import { filings } from '../../tables/index.ts';
import { activeSpan } from './agencies.ts';
import { filingFigures } from './filing-figures.ts';
import { submission } from './filing-submission.ts';
import { regionByCode } from './regions.ts';
import { seedStep } from './step.ts';
import type { DemoAgency } from './agencies.ts';
import type { World } from './world.ts';

/** Filings are reviewed by the 司法局 of the same level; the zones' by the city's. */
function reviewerOf(agency: DemoAgency): string {
  const region = regionByCode(agency.districtCode);
  return region.type === 'DISTRICT' ? `${region.name}司法局` : '鄂州市司法局';
}

/** 季度备案 for every quarter in which the agency was active (a missing one is simply absent). */
export const filingStep = seedStep(filings, function* (world: World) {
  for (const agency of world.agencies) {
    for (const year of PROGRAMME_YEARS) {
      for (const quarter of [1, 2, 3, 4]) {
        if (!activeSpan(agency, quarterStart(year, quarter), quarterEnd(year, quarter))) continue;
        const rng = world.rng.fork('filings', agency.key, year, quarter);
        const state = submission(year, quarter, agency.profile, rng);
        if (!state) continue;
        const counts = world.tally.quarter(agency.code, year, quarter);
        const itemsTotal = world.powerItemCounts.get(agency.code)!;
        yield {
          agencyCode: agency.code,
          year,
          quarter,
          ...state,
          reviewedBy: state.reviewedAt ? reviewerOf(agency) : null,
          ...filingFigures(agency, year, counts, itemsTotal, world.volume, rng),
        };
      }
    }
  }
});
