import { Field, InputType } from 'type-graphql';
import { DateFilter, StringFilter, TextFilter } from '../common/filters.ts';
import { DomainCodeFilter, EnumFilter, ProblemCategoryFilter, ProblemSourceEnum, ProblemStatusFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

export const ProblemSourceFilter = EnumFilter(ProblemSourceEnum, 'ProblemSource');

@InputType({ description: 'Conditions on problems.' })
export class ProblemFilter {
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) regionCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => DomainCodeFilter, { nullable: true }) domain?: InstanceType<typeof DomainCodeFilter> | null;
  @Field(() => ProblemCategoryFilter, { nullable: true }) category?: InstanceType<typeof ProblemCategoryFilter> | null;
  @Field(() => ProblemSourceFilter, { nullable: true }) source?: InstanceType<typeof ProblemSourceFilter> | null;
  @Field(() => ProblemStatusFilter, { nullable: true, description: 'Current status.' }) status?: InstanceType<typeof ProblemStatusFilter> | null;
  @Field(() => TextFilter, { nullable: true }) description?: TextFilter | null;
  @Field(() => DateFilter, { nullable: true }) identifiedOn?: DateFilter | null;
  @Field(() => DateFilter, { nullable: true }) deadline?: DateFilter | null;
  @Field(() => StringFilter, { nullable: true, description: 'The signal id a problem was raised from (isNull: false for all of them).' }) sourceSignal?: StringFilter | null;
}

export const PROBLEM_ORDER_FIELDS = ['CODE', 'REGION_CODE', 'IDENTIFIED_ON', 'DEADLINE', 'STATUS'] as const;
export type ProblemOrderField = (typeof PROBLEM_ORDER_FIELDS)[number];
export const ProblemListArgs = ListArgs('Problem', ProblemFilter, PROBLEM_ORDER_FIELDS);
export type ProblemListArgs = InstanceType<typeof ProblemListArgs>;
