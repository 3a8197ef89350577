import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';
import type { RespondentGroup } from '../../../domain/enums.ts';
import { surveys } from '../../tables/index.ts';
import { activeSpan } from './agencies.ts';
import { agencyLacksSurveys, regionLacksSurveys } from './gaps.ts';
import { clamp, type Random } from './prng.ts';
import { agencyProfile, yearsIn } from './profiles.ts';
import { DEMO_REGIONS } from './regions.ts';
import { seedStep } from './step.ts';
import type { World } from './world.ts';

/** Sample sizes and habitual leaning of each respondent group (两代表一委员 are kinder, third parties stricter). */
const GROUPS: Record<RespondentGroup, { respondents: [number, number]; leaning: number }> = {
  REPRESENTATIVE: { respondents: [15, 60], leaning: 3 },
  ENTERPRISE: { respondents: [30, 300], leaning: -2 },
  PUBLIC: { respondents: [100, 1200], leaning: -1 },
  THIRD_PARTY: { respondents: [200, 800], leaning: -3 },
};

function survey(year: number, group: RespondentGroup, satisfaction: number, rng: Random) {
  const { respondents, leaning } = GROUPS[group];
  return {
    year,
    respondentGroup: group,
    respondents: rng.int(...respondents),
    score: clamp(rng.normal(satisfaction + 1.2 * yearsIn(year) + leaning, 2), 40, 99).toFixed(2),
  };
}

/** 社会满意度: every district-level region and group each year, and most agencies by some groups. */
export const surveyStep = seedStep(surveys, function* (world: World) {
  for (const region of DEMO_REGIONS.filter((r) => r.type !== 'TOWNSHIP')) {
    const rng = world.rng.fork('surveys', region.code);
    const { satisfaction } = agencyProfile(region.code, rng);
    for (const year of PROGRAMME_YEARS) {
      if (regionLacksSurveys(region.code, year)) continue;
      for (const group of Object.keys(GROUPS) as RespondentGroup[]) {
        yield { regionCode: region.code, agencyCode: null, ...survey(year, group, satisfaction, rng) };
      }
    }
  }
  for (const agency of world.agencies) {
    const rng = world.rng.fork('surveys', agency.key);
    for (const year of PROGRAMME_YEARS) {
      if (agencyLacksSurveys(agency, year) || !activeSpan(agency, `${year}-01-01`, `${year}-12-31`)) continue;
      const groups: RespondentGroup[] = agency.level === 'TOWNSHIP' ? ['PUBLIC'] : ['ENTERPRISE', 'PUBLIC'];
      if (rng.chance(0.5)) groups.push('REPRESENTATIVE');
      if (rng.chance(0.3)) groups.push('THIRD_PARTY');
      for (const group of groups) {
        yield { regionCode: null, agencyCode: agency.code, ...survey(year, group, agency.profile.satisfaction, rng) };
      }
    }
  }
});
