import { ENFORCEMENT_DOMAINS } from '../../../domain/domains.ts';
import type { ProblemCategory, ProblemSource } from '../../../domain/enums.ts';
import { problemEvents, problems } from '../../tables/index.ts';
import { activeSpan, type DemoAgency } from './agencies.ts';
import { addDays, cityTimestamp, fromDayNumber, toDayNumber } from './dates.ts';
import { problemHistory } from './problem-lifecycle.ts';
import { seedStep } from './step.ts';
import type { Random } from './prng.ts';
import type { World } from './world.ts';

const CATEGORIES: Record<ProblemCategory, { weight: number; describe: (domain: string) => string }> = {
  CAMPAIGN: { weight: 10, describe: (d) => `${d}领域平时监管缺位，检查集中在专项行动期间突击开展` },
  ONE_SIZE_FITS_ALL: { weight: 12, describe: (d) => `${d}领域对同类经营主体一律责令停业整顿，未区分违法情节` },
  MECHANICAL: { weight: 14, describe: (d) => `${d}领域机械执法，首次轻微违法未适用“两轻两免”清单` },
  VIOLENT: { weight: 3, describe: (d) => `${d}领域现场执法方式粗暴，发生肢体冲突` },
  PROFIT_DRIVEN: { weight: 8, describe: (d) => `${d}领域以罚代管，下达罚没指标` },
  SELECTIVE: { weight: 10, describe: (d) => `${d}领域对同类违法行为选择性立案，处罚尺度不一` },
  INACTION: { weight: 16, describe: (d) => `群众反映的${d}问题长期未受理、未处置` },
  ABUSE: { weight: 7, describe: (d) => `${d}领域超越法定权限实施检查、查封扣押` },
  UNCIVIL: { weight: 12, describe: (d) => `${d}执法未亮证、执法用语不规范` },
  OTHER: { weight: 8, describe: (d) => `${d}领域执法公示信息更新不及时` },
};
const CATEGORY_WEIGHTS = Object.fromEntries(Object.entries(CATEGORIES).map(([k, c]) => [k, c.weight])) as Record<ProblemCategory, number>;
const SOURCE_WEIGHTS: Record<ProblemSource, number> = { SURVEY: 18, SPOT_CHECK: 22, FIELD_VISIT: 15, ENTERPRISE_FORUM: 15, COMPLAINT: 20, SUPERVISION: 10 };

/** The problem list was drawn up in the second half of 2022; the 2023 campaign and 2024 reviews added more. */
const PERIODS = { 'list-2022': 55, 'campaign-2023': 30, 'review-2024': 15 };
const PERIOD_SPANS: Record<keyof typeof PERIODS, [string, string]> = {
  'list-2022': ['2022-06-17', '2022-12-31'],
  'campaign-2023': ['2023-01-01', '2023-12-31'],
  'review-2024': ['2024-01-01', '2024-10-31'],
};

function identificationDate(agency: DemoAgency, rng: Random): string | null {
  const [from, to] = PERIOD_SPANS[rng.weighted(PERIODS)];
  const span = activeSpan(agency, from, to);
  return span && fromDayNumber(rng.int(toDayNumber(span.from), toDayNumber(span.to)));
}

/** 突出问题清单 with their status histories; each problem is generated once for both tables. */
function* problemRecords(world: World) {
  for (const agency of world.agencies) {
    const rng = world.rng.fork('problems', agency.key);
    const count = Math.round(rng.uniform(2, 7) * (0.5 + 0.5 * world.volume));
    for (let seq = 1; seq <= count; seq++) {
      const identifiedOn = identificationDate(agency, rng);
      if (!identifiedOn) continue;
      const deadline = addDays(identifiedOn, rng.int(60, 180));
      const domain = rng.pick(agency.domains);
      const category = rng.weighted(CATEGORY_WEIGHTS);
      // Some problems concern a whole district's enforcement rather than one agency.
      const regionWide = rng.chance(0.08);
      const events = problemHistory(identifiedOn, deadline, rng);
      const domainName = ENFORCEMENT_DOMAINS.find((d) => d.code === domain)!.nameZh;
      const problem = {
        code: `WT${identifiedOn.slice(0, 4)}-${String(agency.serial).padStart(5, '0')}-${String(seq).padStart(2, '0')}`,
        regionCode: regionWide ? agency.districtCode : agency.regionCode,
        agencyCode: regionWide ? null : agency.code,
        domain,
        category,
        description: `${regionWide ? '' : agency.name + '：'}${CATEGORIES[category].describe(domainName)}`,
        source: rng.weighted(SOURCE_WEIGHTS),
        identifiedOn,
        deadline,
        status: events[events.length - 1].status,
      };
      yield { problem, events };
    }
  }
}

export const problemStep = seedStep(problems, function* (world: World) {
  for (const { problem } of problemRecords(world)) yield problem;
});

export const problemEventStep = seedStep(problemEvents, function* (world: World) {
  for (const { problem, events } of problemRecords(world)) {
    for (const [i, event] of events.entries()) {
      yield { problemCode: problem.code, seq: i + 1, ...event, recordedAt: cityTimestamp(event.statusOn, 10 * 60 + i) };
    }
  }
});
