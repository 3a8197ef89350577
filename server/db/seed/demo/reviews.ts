import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';
import { caseReviews } from '../../tables/index.ts';
import { caseNumber } from './penalties.ts';
import { lacksReviews } from './gaps.ts';
import { personName } from './names.ts';
import { clamp } from './prng.ts';
import { yearsIn } from './profiles.ts';
import { regionByCode } from './regions.ts';
import { seedStep } from './step.ts';
import type { DemoAgency } from './agencies.ts';
import type { World } from './world.ts';

/** The 案卷评查 panel of the 司法局 at the agency's level. */
function panelOf(agency: DemoAgency): string {
  const region = regionByCode(agency.districtCode);
  return `${region.type === 'DISTRICT' ? region.name : '鄂州市'}司法局评查组`;
}

/** Each year a sample of an agency's own penalty case files is reviewed and scored 0–100. */
export const reviewStep = seedStep(caseReviews, function* (world: World) {
  for (const agency of world.agencies) {
    for (const year of PROGRAMME_YEARS) {
      const cases = world.tally.casesInYear(agency.code, year);
      if (cases === 0 || lacksReviews(agency, year)) continue;
      const rng = world.rng.fork('reviews', agency.key, year);
      const sampled = new Set<number>();
      const wanted = Math.min(cases, rng.int(4, 10));
      while (sampled.size < wanted) sampled.add(rng.int(1, cases));
      const mean = agency.profile.quality + 2.5 * yearsIn(year);
      for (const seq of [...sampled].sort((a, b) => a - b)) {
        yield {
          agencyCode: agency.code,
          year,
          caseNo: caseNumber(agency, year, seq),
          reviewer: `${personName(rng)}（${panelOf(agency)}）`,
          score: clamp(rng.normal(mean, 7), 30, 100).toFixed(1),
        };
      }
    }
  }
});
