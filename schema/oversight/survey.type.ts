import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { RespondentGroupEnum } from '../common/enums.ts';
import { GraphQLDecimal } from '../common/scalars.ts';
import type { RespondentGroup } from '../../server/domain/enums.ts';

@ObjectType({ description: "A satisfaction survey (社会满意度) of a region or an agency by one respondent group in a year." })
export class Survey {
  @Field(() => Int, { description: 'Survey id.' }) id!: number;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => String, { nullable: true, description: 'Surveyed region (when not an agency).' }) regionCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Surveyed agency (when not a region).' }) agencyCode!: string | null;
  @Field(() => RespondentGroupEnum, { description: 'Respondent group.' }) respondentGroup!: RespondentGroup;
  @Field(() => Int, { description: 'Number of respondents, at least 1.' }) respondents!: number;
  @Field(() => GraphQLDecimal, { description: 'Mean score 0–100.' }) score!: string;
}

export const SurveyConnection = Connection(Survey, 'Survey');
