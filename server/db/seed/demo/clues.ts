import type { ClueSource, ClueStep } from '../../../domain/enums.ts';
import { CLUE_STEPS } from '../../../domain/enums.ts';
import { clueSteps, clues } from '../../tables/index.ts';
import { activeSpan } from './agencies.ts';
import { addDays, DEMO_AS_OF } from './dates.ts';
import { plantedProblems } from './planted-warnings.ts';
import { seedStep } from './step.ts';
import type { World } from './world.ts';

/**
 * A few clue transfers (问题线索移送纪检监察, §三(八)) at every stage of the procedure, so that
 * clueTransfers shows transferred clues with and without feedback, one registered in one year
 * and transferred the next, and clues still under way at the demo's today. `after` gives the
 * days from registration to each later step, in procedure order.
 */
const PLANTED: Array<{ registeredOn: string; after: number[]; summary: string; outcome?: string; fromProblem?: boolean }> = [
  { registeredOn: '2023-03-06', after: [7, 20, 35, 80], summary: '执法检查中发现违规收取费用', outcome: '给予政务警告处分' },
  { registeredOn: '2023-06-12', after: [5, 18, 28], summary: '群众反映选择性执法、随意执法' },
  { registeredOn: '2023-12-18', after: [9, 21, 33, 61], summary: '案卷评查发现违规减免罚款', outcome: '诫勉谈话' },
  { registeredOn: '2024-04-15', after: [6, 15, 30, 70], summary: '罚没收入与考核挂钩的逐利执法', outcome: '给予党内警告处分' },
  { registeredOn: '2024-11-18', after: [10, 25, 40], summary: '首违不罚清单执行问题整改不力', fromProblem: true },
  { registeredOn: '2024-12-16', after: [14], summary: '专项监督发现执法人员未持证执法' },
  { registeredOn: '2025-01-20', after: [], summary: '投诉举报线索待核查' },
];

function* plantedClues(world: World) {
  const active = world.agencies.filter((a) => activeSpan(a, '2023-01-01', '2023-01-01') && activeSpan(a, DEMO_AS_OF, DEMO_AS_OF));
  const agencies = world.rng.fork('planted-clues').sample(active, PLANTED.length);
  const problem = [...plantedProblems(world)].at(-1)!.problem;
  for (const [i, p] of PLANTED.entries()) {
    const agencyCode = p.fromProblem ? problem.agencyCode : agencies[i].code;
    const year = p.registeredOn.slice(0, 4);
    const source: ClueSource = p.fromProblem ? 'PROBLEM' : 'SUPERVISION';
    const dates = [p.registeredOn, ...p.after.map((days) => addDays(p.registeredOn, days))];
    const steps = dates.map((stepOn, s) => {
      const step: ClueStep = CLUE_STEPS[s];
      return {
        clueCode: `XS${year}-${String(i + 1).padStart(2, '0')}`, step, stepOn,
        receivingOrgan: step === 'TRANSFERRED' ? '市纪委监委派驻纪检监察组' : null,
        documentNo: step === 'TRANSFERRED' ? `鄂司移〔${stepOn.slice(0, 4)}〕${i + 1}号` : null,
        outcome: step === 'FEEDBACK' ? (p.outcome ?? '已反馈') : null,
      };
    });
    const clue = {
      clueCode: steps[0].clueCode, agencyCode, source, complaintNo: null, problemCode: p.fromProblem ? problem.code : null,
      summary: p.summary, step: steps.at(-1)!.step,
    };
    yield { clue, steps };
  }
}

export const clueStep = seedStep(clues, function* (world: World) {
  for (const { clue } of plantedClues(world)) yield clue;
});

export const clueStepStep = seedStep(clueSteps, function* (world: World) {
  for (const { steps } of plantedClues(world)) yield* steps;
});
