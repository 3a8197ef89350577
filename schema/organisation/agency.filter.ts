import { Field, InputType } from 'type-graphql';
import { StringFilter, TextFilter } from '../common/filters.ts';
import { AgencyKindFilter, AgencyLevelFilter, DomainCodeFilter } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on agencies.' })
export class AgencyFilter {
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => StringFilter, { nullable: true }) regionCode?: StringFilter | null;
  @Field(() => AgencyLevelFilter, { nullable: true }) level?: InstanceType<typeof AgencyLevelFilter> | null;
  @Field(() => AgencyKindFilter, { nullable: true }) kind?: InstanceType<typeof AgencyKindFilter> | null;
  @Field(() => DomainCodeFilter, { nullable: true, description: 'Matches agencies working in the given domains.' })
  domain?: InstanceType<typeof DomainCodeFilter> | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Agencies active on this day.' })
  activeOn?: Date | null;
}

export const AGENCY_ORDER_FIELDS = ['CODE', 'NAME', 'REGION_CODE', 'LEVEL', 'KIND'] as const;
export type AgencyOrderField = (typeof AGENCY_ORDER_FIELDS)[number];
export const AgencyListArgs = ListArgs('Agency', AgencyFilter, AGENCY_ORDER_FIELDS);
export type AgencyListArgs = InstanceType<typeof AgencyListArgs>;
