import { filingDueDate } from '../../../domain/calendar.ts';
import type { FilingStatus } from '../../../domain/enums.ts';
import { addDays, cityTimestamp, DEMO_AS_OF } from './dates.ts';
import { yearsIn, type Profile } from './profiles.ts';
import type { Random } from './prng.ts';

/** Where a filing stands at the demo's "today"; null when the agency never filed. */
export interface Submission {
  status: FilingStatus;
  submittedAt: string | null;
  reviewedAt: string | null;
  returnReason: string | null;
}

const RETURN_REASONS = [
  '双随机抽查完成数与检查台账不一致，请核实后重新报送',
  '罚没金额与处罚决定书合计不符',
  '法制审核件数缺失',
  '权责清单事项总数与公布的清单不一致',
  '行政执法公示数据未填报',
];

/** A submission instant: office hours, or (rarely) late at night, which matters near the due date. */
function submittedOn(date: string, rng: Random): string {
  const lateNight = rng.chance(0.04);
  return cityTimestamp(date, lateNight ? 23 * 60 + rng.int(0, 59) : rng.int(8 * 60 + 30, 17 * 60 + 30));
}

/**
 * The submission date: on time, or late. A few late filings come in just after midnight local
 * time, when it is still the due date in UTC: a check that compares UTC dates counts them on time.
 */
function submissionDate(due: string, late: boolean, rng: Random): string {
  if (!late) return submittedOn(addDays(due, -rng.int(0, 12)), rng);
  if (rng.chance(0.1)) return cityTimestamp(addDays(due, 1), rng.int(0, 59));
  return submittedOn(addDays(due, rng.int(1, 25)), rng);
}

const reviewAfter = (submittedAt: string, rng: Random) => cityTimestamp(addDays(submittedAt.slice(0, 10), rng.int(1, 5)), rng.int(9 * 60, 17 * 60));

const after = (instant: string, date: string) => instant.slice(0, 10) > date;

export function submission(year: number, quarter: number, profile: Profile, rng: Random): Submission | null {
  const improvement = 1 - 0.3 * yearsIn(year);
  const outcome = rng.weighted({
    missing: 2 + 20 * profile.lateFiling * improvement,
    // The last quarter's deadline has just passed: a few filings are still drafts or awaiting review.
    draft: year === 2024 && quarter === 4 ? 3 : 0,
    pending: year === 2024 && quarter === 4 ? 8 : 0,
    returned: 3,
    resubmitted: 5,
    accepted: 90,
  });
  if (outcome === 'missing') return null;
  if (outcome === 'draft') return { status: 'DRAFT', submittedAt: null, reviewedAt: null, returnReason: null };
  const submittedAt = submissionDate(filingDueDate(year, quarter), rng.chance(profile.lateFiling * improvement), rng);
  const reviewedAt = reviewAfter(submittedAt, rng);
  if (after(submittedAt, DEMO_AS_OF)) return null;
  if (outcome === 'pending' || after(reviewedAt, DEMO_AS_OF)) return { status: 'SUBMITTED', submittedAt, reviewedAt: null, returnReason: null };
  if (outcome === 'accepted') return { status: 'ACCEPTED', submittedAt, reviewedAt, returnReason: null };
  const returnReason = rng.pick(RETURN_REASONS);
  // Corrected and resubmitted: the figures are replaced in place and the row keeps the reason it was returned for.
  const resubmittedAt = submittedOn(addDays(reviewedAt.slice(0, 10), rng.int(2, 10)), rng);
  if (outcome === 'returned' || after(resubmittedAt, DEMO_AS_OF)) return { status: 'RETURNED', submittedAt, reviewedAt, returnReason };
  const acceptedAt = reviewAfter(resubmittedAt, rng);
  if (after(acceptedAt, DEMO_AS_OF)) return { status: 'SUBMITTED', submittedAt: resubmittedAt, reviewedAt: null, returnReason };
  return { status: 'ACCEPTED', submittedAt: resubmittedAt, reviewedAt: acceptedAt, returnReason };
}
