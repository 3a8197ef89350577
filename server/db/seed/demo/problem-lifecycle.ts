import type { ProblemStatus } from '../../../domain/enums.ts';
import { addDays, daysBetween, DEMO_AS_OF } from './dates.ts';
import type { Random } from './prng.ts';

export interface StatusEvent {
  status: ProblemStatus;
  statusOn: string;
  note: string;
}

const NOTES: Record<ProblemStatus, string> = {
  IDENTIFIED: '列入执法突出问题清单',
  RECTIFYING: '制定整改方案，明确责任人和整改时限',
  RECTIFIED: '整改完成，提交对账销号申请',
  VERIFIED: '经核查验收，予以销号',
  REOPENED: '“回头看”发现问题反弹，重新整改',
};

/** How a problem's rectification goes: most on time, some late, some reopened, some stalled (overdue). */
const FATES = { onTime: 70, late: 8, reopened: 12, stalled: 10 };

/**
 * The status history of one problem, in date order, following IDENTIFIED → RECTIFYING →
 * RECTIFIED → VERIFIED, with REOPENED (after RECTIFIED or VERIFIED) leading back to RECTIFYING.
 * Events after the demo's "today" have not happened yet and are dropped.
 */
export function problemHistory(identifiedOn: string, deadline: string, rng: Random): StatusEvent[] {
  const events: StatusEvent[] = [];
  let day = identifiedOn;
  const step = (status: ProblemStatus, days: number) => {
    day = addDays(day, days);
    events.push({ status, statusOn: day, note: NOTES[status] });
  };
  const fate = rng.weighted(FATES);
  step('IDENTIFIED', 0);
  if (fate === 'stalled') {
    if (rng.chance(0.6)) step('RECTIFYING', rng.int(5, 30));
    return events.filter((e) => e.statusOn <= DEMO_AS_OF);
  }
  step('RECTIFYING', rng.int(3, 25));
  const daysLeft = Math.max(1, daysBetween(day, deadline));
  step('RECTIFIED', fate === 'late' ? daysLeft + rng.int(10, 90) : rng.int(Math.min(10, daysLeft), daysLeft));
  if (rng.chance(0.85)) step('VERIFIED', rng.int(7, 45));
  if (fate === 'reopened') {
    step('REOPENED', rng.int(20, 120));
    step('RECTIFYING', rng.int(1, 7));
    step('RECTIFIED', rng.int(15, 60));
    step('VERIFIED', rng.int(7, 30));
  }
  return events.filter((e) => e.statusOn <= DEMO_AS_OF);
}
