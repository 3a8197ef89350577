import { Field, InputType, Int } from 'type-graphql';
import { RespondentGroupEnum } from '../common/enums.ts';
import { GraphQLDecimal } from '../common/scalars.ts';
import type { RespondentGroup } from '../../server/domain/enums.ts';

@InputType({ description: 'A survey result to record; replaces the same year, subject and group. Give a region or an agency.' })
export class SurveyInput {
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) agencyCode?: string | null;
  @Field(() => RespondentGroupEnum) respondentGroup!: RespondentGroup;
  @Field(() => Int, { description: 'At least 1.' }) respondents!: number;
  @Field(() => GraphQLDecimal, { description: '0–100.' }) score!: string;
}
