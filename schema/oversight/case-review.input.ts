import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { GraphQLDecimal } from '../common/scalars.ts';

@InputType({ description: 'A case-file review to record (replaces the same agency, year and case).' })
export class CaseReviewInput {
  @Field(() => String, { description: 'An existing agency.' }) agencyCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => String) caseNo!: string;
  @Field(() => String, { nullable: true }) reviewer?: string | null;
  @Field(() => GraphQLDecimal, { description: '0–100, two decimals.' }) score!: string;
}

@ArgsType()
export class CaseReviewKeyArgs {
  @Field(() => String, { description: 'Code of the reviewed agency.' }) agencyCode!: string;
  @Field(() => Int, { description: 'Review year.' }) year!: number;
  @Field(() => String, { description: 'Case number.' }) caseNo!: string;
}
