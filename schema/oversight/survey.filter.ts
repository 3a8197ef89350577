import { Field, InputType } from 'type-graphql';
import { DecimalFilter, IntFilter, StringFilter } from '../common/filters.ts';
import { RespondentGroupFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on satisfaction surveys.' })
export class SurveyFilter {
  @Field(() => IntFilter, { nullable: true }) year?: IntFilter | null;
  @Field(() => StringFilter, { nullable: true }) regionCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => RespondentGroupFilter, { nullable: true }) respondentGroup?: InstanceType<typeof RespondentGroupFilter> | null;
  @Field(() => DecimalFilter, { nullable: true }) score?: DecimalFilter | null;
}

export const SURVEY_ORDER_FIELDS = ['YEAR', 'SCORE', 'RESPONDENTS'] as const;
export type SurveyOrderField = (typeof SURVEY_ORDER_FIELDS)[number];
export const SurveyListArgs = ListArgs('Survey', SurveyFilter, SURVEY_ORDER_FIELDS);
export type SurveyListArgs = InstanceType<typeof SurveyListArgs>;
