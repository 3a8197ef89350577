import type { ReviewGrade } from '../../server/domain/enums.ts';

/** Lowest score of each case-file review grade (案卷评查): EXCELLENT ≥ 90, PASS ≥ 60, FAIL below. */
export const GRADE_FLOORS: ReadonlyArray<readonly [ReviewGrade, number]> = [['EXCELLENT', 90], ['PASS', 60], ['FAIL', 0]];

export function reviewGrade(score: string | number): ReviewGrade {
  const value = Number(score);
  return GRADE_FLOORS.find(([, floor]) => value >= floor)?.[0] ?? 'FAIL';
}
