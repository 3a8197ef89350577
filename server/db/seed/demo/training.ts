import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';
import { TRAINING_TYPES } from '../../../domain/enums.ts';
import { officerAssessments, training } from '../../tables/index.ts';
import { roster } from './officers.ts';
import { seedStep } from './step.ts';
import { clamp } from './prng.ts';
import { yearsIn } from './profiles.ts';
import type { World } from './world.ts';

/** Share of officers short of the 30-hour target per type; the city's round of training (轮训) ends in 2023. */
const BELOW_TARGET: Record<number, number> = { 2022: 0.3, 2023: 0.14, 2024: 0.07 };

export const trainingStep = seedStep(training, function* (world: World) {
  for (const agency of world.agencies) {
    for (const officer of roster(world, agency)) {
      const rng = world.rng.fork('training', officer.officerNo);
      // Officers without a valid certificate are often off duty and miss training.
      const shortfall = officer.certificateStatus === 'VALID' ? 1 : 2.5;
      for (const year of PROGRAMME_YEARS) {
        for (const type of TRAINING_TYPES) {
          const hours = rng.chance(BELOW_TARGET[year] * shortfall) ? rng.uniform(4, 29.5) : rng.uniform(30, 54);
          yield { officerNo: officer.officerNo, year, type, hours: (Math.floor(hours * 2) / 2).toFixed(1) };
        }
      }
    }
  }
});

const RESULT_WEIGHTS = { 优秀: 15, 称职: 80, 基本称职: 4, 不称职: 1 };

/** 年度考核 for every year; the online test platform (网上能力测试) only ran from 2023. */
export const assessmentStep = seedStep(officerAssessments, function* (world: World) {
  for (const agency of world.agencies) {
    for (const officer of roster(world, agency)) {
      const rng = world.rng.fork('assessment', officer.officerNo);
      for (const year of PROGRAMME_YEARS) {
        const testScore = year >= 2023 ? clamp(rng.normal(79 + 2 * yearsIn(year), 8), 35, 100).toFixed(1) : null;
        yield { officerNo: officer.officerNo, year, result: rng.weighted(RESULT_WEIGHTS), testScore };
      }
    }
  }
});
