import { Field, InputType } from 'type-graphql';
import { BooleanFilter, DateFilter, DecimalFilter, StringFilter } from '../common/filters.ts';
import { BandFilter, LeniencyFilter, PartyTypeFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on penalty cases.' })
export class PenaltyCaseFilter {
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: "The deciding agency's region." }) regionCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) caseNo?: StringFilter | null;
  @Field(() => DateFilter, { nullable: true }) decidedOn?: DateFilter | null;
  @Field(() => StringFilter, { nullable: true }) violationItemCode?: StringFilter | null;
  @Field(() => PartyTypeFilter, { nullable: true }) partyType?: InstanceType<typeof PartyTypeFilter> | null;
  @Field(() => BandFilter, { nullable: true }) band?: InstanceType<typeof BandFilter> | null;
  @Field(() => LeniencyFilter, { nullable: true }) leniency?: InstanceType<typeof LeniencyFilter> | null;
  @Field(() => BooleanFilter, { nullable: true }) firstOffence?: BooleanFilter | null;
  @Field(() => DecimalFilter, { nullable: true }) fineYuan?: DecimalFilter | null;
  @Field(() => BooleanFilter, { nullable: true }) legalReview?: BooleanFilter | null;
  @Field(() => BooleanFilter, { nullable: true }) nonSite?: BooleanFilter | null;
}

export const PENALTY_CASE_ORDER_FIELDS = ['AGENCY_CODE', 'CASE_NO', 'DECIDED_ON', 'FINE_YUAN', 'BAND'] as const;
export type PenaltyCaseOrderField = (typeof PENALTY_CASE_ORDER_FIELDS)[number];
export const PenaltyCaseListArgs = ListArgs('PenaltyCase', PenaltyCaseFilter, PENALTY_CASE_ORDER_FIELDS);
export type PenaltyCaseListArgs = InstanceType<typeof PenaltyCaseListArgs>;
