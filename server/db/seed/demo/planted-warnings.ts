import type { ProblemCategory, ProblemStatus } from '../../../domain/enums.ts';
import { problemEvents, problems } from '../../tables/index.ts';
import { activeSpan } from './agencies.ts';
import { addDays, cityTimestamp, DEMO_AS_OF } from './dates.ts';
import { seedStep } from './step.ts';
import type { World } from './world.ts';

/**
 * Problems whose deadlines fall around the demo's "today", so that warnings(asOf: DEMO_AS_OF)
 * shows yellow cards (deadline within 14 days, the last one exactly 14 days out) next to the
 * red ones the ordinary problem list already has, including a reopened problem past its deadline.
 */
const PLANTED: Array<{ category: ProblemCategory; description: string; deadlineIn: number; history: Array<[ProblemStatus, number]> }> = [
  { category: 'INACTION', description: '群众反映的占道经营问题整改时限临近', deadlineIn: 3, history: [['IDENTIFIED', -70]] },
  { category: 'UNCIVIL', description: '执法未亮证问题整改时限临近', deadlineIn: 14, history: [['IDENTIFIED', -80], ['RECTIFYING', -60]] },
  { category: 'MECHANICAL', description: '首违不罚清单执行问题“回头看”反弹，已超整改时限', deadlineIn: -11,
    history: [['IDENTIFIED', -150], ['RECTIFYING', -135], ['RECTIFIED', -60], ['REOPENED', -21]] },
];

export function* plantedProblems(world: World) {
  const active = world.agencies.filter((a) => activeSpan(a, DEMO_AS_OF, DEMO_AS_OF));
  const agencies = world.rng.fork('planted-warnings').sample(active, PLANTED.length);
  for (const [i, p] of PLANTED.entries()) {
    const agency = agencies[i];
    const events = p.history.map(([status, days]) => ({ status, statusOn: addDays(DEMO_AS_OF, days) }));
    const problem = {
      code: `YJ${DEMO_AS_OF.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`,
      regionCode: agency.regionCode,
      agencyCode: agency.code,
      domain: agency.domains[0],
      category: p.category,
      description: `${agency.name}：${p.description}`,
      source: 'SUPERVISION' as const,
      identifiedOn: events[0].statusOn,
      deadline: addDays(DEMO_AS_OF, p.deadlineIn),
      status: events[events.length - 1].status,
    };
    yield { problem, events };
  }
}

export const plantedProblemStep = seedStep(problems, function* (world: World) {
  for (const { problem } of plantedProblems(world)) yield problem;
});

export const plantedProblemEventStep = seedStep(problemEvents, function* (world: World) {
  for (const { problem, events } of plantedProblems(world)) {
    for (const [i, event] of events.entries()) {
      yield { problemCode: problem.code, seq: i + 1, ...event, note: null, recordedAt: cityTimestamp(event.statusOn, 9 * 60 + i) };
    }
  }
});
