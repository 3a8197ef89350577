import { Field, InputType } from 'type-graphql';
import { BooleanFilter, DateTimeFilter, StringFilter, TextFilter } from '../common/filters.ts';
import { ComplaintChannelFilter, ComplaintStatusFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on complaints.' })
export class ComplaintFilter {
  @Field(() => StringFilter, { nullable: true }) complaintNo?: StringFilter | null;
  @Field(() => ComplaintChannelFilter, { nullable: true }) channel?: InstanceType<typeof ComplaintChannelFilter> | null;
  @Field(() => DateTimeFilter, { nullable: true }) receivedAt?: DateTimeFilter | null;
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) category?: TextFilter | null;
  @Field(() => ComplaintStatusFilter, { nullable: true }) status?: InstanceType<typeof ComplaintStatusFilter> | null;
  @Field(() => BooleanFilter, { nullable: true }) transferredToDiscipline?: BooleanFilter | null;
  @Field(() => DateTimeFilter, { nullable: true }) resolvedAt?: DateTimeFilter | null;
}

export const COMPLAINT_ORDER_FIELDS = ['RECEIVED_AT', 'STATUS', 'AGENCY_CODE'] as const;
export type ComplaintOrderField = (typeof COMPLAINT_ORDER_FIELDS)[number];
export const ComplaintListArgs = ListArgs('Complaint', ComplaintFilter, COMPLAINT_ORDER_FIELDS);
export type ComplaintListArgs = InstanceType<typeof ComplaintListArgs>;
