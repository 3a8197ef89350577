import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DateTimeFilter, IntFilter, StringFilter } from '../common/filters.ts';
import { FilingStatusFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on quarterly filings.' })
export class FilingFilter {
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: "The filing agency's region." }) regionCode?: StringFilter | null;
  @Field(() => IntFilter, { nullable: true }) year?: IntFilter | null;
  @Field(() => IntFilter, { nullable: true }) quarter?: IntFilter | null;
  @Field(() => FilingStatusFilter, { nullable: true }) status?: InstanceType<typeof FilingStatusFilter> | null;
  @Field(() => DateTimeFilter, { nullable: true }) submittedAt?: DateTimeFilter | null;
}

export const FILING_ORDER_FIELDS = ['AGENCY_CODE', 'YEAR', 'QUARTER', 'STATUS', 'SUBMITTED_AT'] as const;
export type FilingOrderField = (typeof FILING_ORDER_FIELDS)[number];
export const FilingListArgs = ListArgs('Filing', FilingFilter, FILING_ORDER_FIELDS);
export type FilingListArgs = InstanceType<typeof FilingListArgs>;

@ArgsType()
export class FilingKeyArgs {
  @Field(() => String, { description: 'Code of the filing agency.' }) agencyCode!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => Int, { description: 'Quarter 1–4.' }) quarter!: number;
}
