import { and, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { caseReviews } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import { REVIEW_GRADES, type ReviewGrade } from '../../domain/enums.ts';
import type { CaseReview } from '../../../schema/oversight/case-review.type.ts';
import type { CaseReviewFilter, CaseReviewOrderField } from '../../../schema/oversight/case-review.filter.ts';
import type { CaseReviewKeyArgs } from '../../../schema/oversight/case-review.input.ts';
import { GRADE_FLOORS, reviewGrade } from '../../../schema/oversight/review-grade.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';

const c = caseReviews;

/** The score range of a grade: from its floor up to the floor of the next better grade. */
function gradeCondition(grade: ReviewGrade): SQL {
  const i = GRADE_FLOORS.findIndex(([g]) => g === grade);
  const ceiling = GRADE_FLOORS[i - 1]?.[1];
  return and(gte(c.score, String(GRADE_FLOORS[i][1])), ceiling === undefined ? undefined : lt(c.score, String(ceiling)))!;
}

function gradeFilter(f: { eq?: ReviewGrade | null; in?: ReviewGrade[] | null; notIn?: ReviewGrade[] | null }): SQL {
  const wanted = REVIEW_GRADES.filter((g) => (f.eq == null || g === f.eq) && (f.in == null || f.in.includes(g)) && !f.notIn?.includes(g));
  return wanted.length ? or(...wanted.map(gradeCondition))! : sql`false`;
}

export const caseReviewRepository = repository<typeof caseReviews, CaseReview, CaseReviewFilter, CaseReviewOrderField>({
  entity: 'caseReview',
  table: caseReviews,
  key: [c.agencyCode, c.year, c.caseNo],
  filters: { agencyCode: c.agencyCode, year: c.year, caseNo: c.caseNo, reviewer: c.reviewer, score: c.score, grade: gradeFilter },
  orders: { AGENCY_CODE: c.agencyCode, YEAR: c.year, CASE_NO: c.caseNo, SCORE: c.score },
  typeName: 'CaseReview',
  references: [{ field: 'agency', column: c.agencyCode, target: () => agencyRepository.joinable }],
  derived: { grade: { from: ['score'], value: (row) => reviewGrade(row.score) } },
});

export const caseReviewWhere = (k: CaseReviewKeyArgs) =>
  and(eq(c.agencyCode, k.agencyCode), eq(c.year, k.year), eq(c.caseNo, k.caseNo))!;

export const recordCaseReview = recordKind(KIND_TABLES.reviews, caseReviewRepository);
