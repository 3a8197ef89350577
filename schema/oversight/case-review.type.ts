import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { ReviewGradeEnum } from '../common/enums.ts';
import { GraphQLDecimal } from '../common/scalars.ts';
import type { ReviewGrade } from '../../server/domain/enums.ts';

@ObjectType({ description: 'A case-file review (案卷评查): one sampled case of an agency in a year, scored 0–100.' })
export class CaseReview {
  @Field(() => String, { description: 'Code of the reviewed agency.' }) agencyCode!: string;
  @Field(() => Int, { description: 'Review year.' }) year!: number;
  @Field(() => String, { description: 'Case number of the sampled case file.' }) caseNo!: string;
  @Field(() => String, { nullable: true, description: 'Reviewer.' }) reviewer!: string | null;
  @Field(() => GraphQLDecimal, { description: 'Score 0–100.' }) score!: string;
  @Field(() => ReviewGradeEnum, { description: 'Grade: EXCELLENT ≥ 90, PASS ≥ 60, FAIL < 60.' }) grade!: ReviewGrade;
}

export const CaseReviewConnection = Connection(CaseReview, 'CaseReview');
