import { Field, InputType } from 'type-graphql';
import { StringFilter, TextFilter } from '../common/filters.ts';
import { BandFilter, DomainCodeFilter } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on discretion standards.' })
export class StandardFilter {
  @Field(() => StringFilter, { nullable: true }) violationItemCode?: StringFilter | null;
  @Field(() => BandFilter, { nullable: true }) band?: InstanceType<typeof BandFilter> | null;
  @Field(() => DomainCodeFilter, { nullable: true }) domain?: InstanceType<typeof DomainCodeFilter> | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'Standards in force on this day.' }) validOn?: Date | null;
}

export const STANDARD_ORDER_FIELDS = ['VIOLATION_ITEM_CODE', 'BAND', 'VALID_FROM', 'MIN_YUAN', 'MAX_YUAN'] as const;
export type StandardOrderField = (typeof STANDARD_ORDER_FIELDS)[number];
export const StandardListArgs = ListArgs('Standard', StandardFilter, STANDARD_ORDER_FIELDS);
export type StandardListArgs = InstanceType<typeof StandardListArgs>;
