import { Field, InputType } from 'type-graphql';
import { StringFilter, TextFilter } from '../common/filters.ts';
import { RegionTypeFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on regions.' })
export class RegionFilter {
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => StringFilter, { nullable: true }) parentCode?: StringFilter | null;
  @Field(() => RegionTypeFilter, { nullable: true }) type?: InstanceType<typeof RegionTypeFilter> | null;
}

export const REGION_ORDER_FIELDS = ['CODE', 'NAME', 'TYPE'] as const;
export type RegionOrderField = (typeof REGION_ORDER_FIELDS)[number];
export const RegionListArgs = ListArgs('Region', RegionFilter, REGION_ORDER_FIELDS);
export type RegionListArgs = InstanceType<typeof RegionListArgs>;
