import type { ProgressStatus, TaskPhase } from '../../../domain/enums.ts';
import { progressReportDueDate } from '../../../domain/calendar.ts';
import { progressReports } from '../../tables/index.ts';
import { addDays, cityTimestamp } from './dates.ts';
import { DISTRICTS } from './regions.ts';
import { seedStep } from './step.ts';
import { DEMO_TASKS, type DemoTask } from './tasks.ts';
import type { World } from './world.ts';

interface Half { year: number; half: number }
interface Planned extends Half { progress: number; status: ProgressStatus; lateBy?: number }

const LAST: Half = { year: 2024, half: 2 };
const index = ({ year, half }: Half) => year * 2 + half - 1;
const fromIndex = (i: number): Half => ({ year: Math.floor((i - 1) / 2), half: ((i - 1) % 2) + 1 });

/** The first half-year a task of each phase is reported on (the plan was issued in June 2022). */
const FIRST: Record<TaskPhase, Half> = {
  CAPABILITY: { year: 2022, half: 1 },
  CAMPAIGN: { year: 2022, half: 2 },
  CONSOLIDATION: { year: 2023, half: 2 },
};

/** The city departments that report besides the districts and zones (各地各单位, §五(二)). */
const REPORTING_AGENCIES = ['city-urban', 'city-amr', 'city-transport', 'city-eco'];

/**
 * Planted gaps, so that warnings(asOf: DEMO_AS_OF) shows PROGRESS_REPORT cards: 临空经济区 has
 * not reported RW13 for 2024H2 (one red card), the city ecology bureau reported RW17 BLOCKED for
 * 2023H2 and nothing since (red cards for 2024H1 and 2024H2); 华容区 reported RW15 for 2024H2
 * nine days late (no card: a late report is a report).
 */
const PLANTED: Array<{ unit: string; taskCode: string; reports: Planned[] }> = [
  { unit: '420792', taskCode: 'RW13', reports: [
    { year: 2023, half: 2, progress: 20, status: 'IN_PROGRESS' }, { year: 2024, half: 1, progress: 55, status: 'IN_PROGRESS' }] },
  { unit: 'city-eco', taskCode: 'RW17', reports: [{ year: 2023, half: 2, progress: 30, status: 'BLOCKED' }] },
  { unit: '420703', taskCode: 'RW15', reports: [
    { year: 2023, half: 2, progress: 30, status: 'IN_PROGRESS' }, { year: 2024, half: 1, progress: 60, status: 'IN_PROGRESS' },
    { year: 2024, half: 2, progress: 90, status: 'IN_PROGRESS', lateBy: 9 }] },
];

/** The half-year a date falls in. */
const halfOf = (date: string): Half => ({ year: Number(date.slice(0, 4)), half: Number(date.slice(5, 7)) <= 6 ? 1 : 2 });

/**
 * A unit's reports on a task: from the task's first half-year, progress rising to 100 (DONE) by
 * the half-year of its deadline or, for about a quarter of the units, one half-year later, and
 * nothing after DONE; now and then a first report NOT_STARTED or a BLOCKED one on the way.
 */
function trajectory(task: DemoTask, rng: World['rng']): Planned[] {
  const start = index(FIRST[task.phase]);
  const finish = Math.min(index(LAST), index(halfOf(task.deadline)) + (rng.chance(0.25) ? 1 : 0));
  const steps = finish - start + 1;
  const out: Planned[] = [];
  for (let i = 0; i < steps; i++) {
    const done = i === steps - 1;
    const notStarted = i === 0 && !done && rng.chance(0.1);
    const progress = done ? 100 : notStarted ? 0 : Math.min(95, Math.max(5, Math.round((100 * (i + 1)) / steps) - rng.int(0, 10)));
    const status: ProgressStatus = done ? 'DONE' : notStarted ? 'NOT_STARTED' : rng.chance(0.05) ? 'BLOCKED' : 'IN_PROGRESS';
    out.push({ ...fromIndex(start + i), progress, status, lateBy: rng.chance(0.1) ? rng.int(1, 9) : undefined });
  }
  return out;
}

const SUMMARY: Record<ProgressStatus, string> = {
  NOT_STARTED: '已部署，尚未启动',
  IN_PROGRESS: '按计划推进',
  DONE: '已完成',
  BLOCKED: '推进受阻，已报领导小组办公室协调',
};

/** The units that report and the tasks each reports on: districts and zones all, the city departments their own and a few more. */
function* reporters(world: World): Generator<{ key: string; code: string; tasks: DemoTask[] }> {
  for (const d of DISTRICTS) yield { key: d.code, code: d.code, tasks: DEMO_TASKS };
  for (const key of REPORTING_AGENCIES) {
    const agency = world.agencies.find((a) => a.key === key)!;
    const own = DEMO_TASKS.filter((t) => 'agencyKey' in t.lead && t.lead.agencyKey === key || PLANTED.some((p) => p.unit === key && p.taskCode === t.taskCode));
    const more = world.rng.fork('progress-tasks', key).sample(DEMO_TASKS.filter((t) => !own.includes(t)), 5);
    yield { key, code: agency.code, tasks: DEMO_TASKS.filter((t) => own.includes(t) || more.includes(t)) };
  }
}

export const progressReportStep = seedStep(progressReports, function* (world: World) {
  for (const unit of reporters(world)) {
    for (const task of unit.tasks) {
      const rng = world.rng.fork('progress', unit.key, task.taskCode);
      const planted = PLANTED.find((p) => p.unit === unit.key && p.taskCode === task.taskCode);
      for (const r of planted?.reports ?? trajectory(task, rng)) {
        const due = progressReportDueDate(r.year, r.half);
        const on = addDays(due, r.lateBy ?? -rng.int(1, 14));
        yield {
          unitCode: unit.code, taskCode: task.taskCode, year: r.year, half: r.half, progress: r.progress, status: r.status,
          summary: SUMMARY[r.status], submittedAt: cityTimestamp(on, rng.int(9 * 60, 17 * 60)),
        };
      }
    }
  }
});
