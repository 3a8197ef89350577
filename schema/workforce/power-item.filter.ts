import { Field, InputType } from 'type-graphql';
import { StringFilter, TextFilter } from '../common/filters.ts';
import { DomainCodeFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on power items.' })
export class PowerItemFilter {
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) itemCode?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => DomainCodeFilter, { nullable: true }) domain?: InstanceType<typeof DomainCodeFilter> | null;
  @Field(() => StringFilter, { nullable: true }) actionType?: StringFilter | null;
}

export const POWER_ITEM_ORDER_FIELDS = ['AGENCY_CODE', 'ITEM_CODE', 'NAME', 'DOMAIN'] as const;
export type PowerItemOrderField = (typeof POWER_ITEM_ORDER_FIELDS)[number];
export const PowerItemListArgs = ListArgs('PowerItem', PowerItemFilter, POWER_ITEM_ORDER_FIELDS);
export type PowerItemListArgs = InstanceType<typeof PowerItemListArgs>;
