import { Field, InputType } from 'type-graphql';
import { DecimalFilter, IntFilter, StringFilter, TextFilter } from '../common/filters.ts';
import { EnumFilter, ReviewGradeEnum } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

export const ReviewGradeFilter = EnumFilter(ReviewGradeEnum, 'ReviewGrade');

@InputType({ description: 'Conditions on case-file reviews.' })
export class CaseReviewFilter {
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => IntFilter, { nullable: true }) year?: IntFilter | null;
  @Field(() => StringFilter, { nullable: true }) caseNo?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) reviewer?: TextFilter | null;
  @Field(() => DecimalFilter, { nullable: true }) score?: DecimalFilter | null;
  @Field(() => ReviewGradeFilter, { nullable: true }) grade?: InstanceType<typeof ReviewGradeFilter> | null;
}

export const CASE_REVIEW_ORDER_FIELDS = ['AGENCY_CODE', 'YEAR', 'CASE_NO', 'SCORE'] as const;
export type CaseReviewOrderField = (typeof CASE_REVIEW_ORDER_FIELDS)[number];
export const CaseReviewListArgs = ListArgs('CaseReview', CaseReviewFilter, CASE_REVIEW_ORDER_FIELDS);
export type CaseReviewListArgs = InstanceType<typeof CaseReviewListArgs>;
