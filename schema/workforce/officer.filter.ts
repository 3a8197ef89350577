import { Field, InputType } from 'type-graphql';
import { StringFilter, TextFilter } from '../common/filters.ts';
import { CertificateStatusFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on officers.' })
export class OfficerFilter {
  @Field(() => StringFilter, { nullable: true }) officerNo?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) certificateNo?: StringFilter | null;
  @Field(() => CertificateStatusFilter, { nullable: true }) certificateStatus?: InstanceType<typeof CertificateStatusFilter> | null;
}

export const OFFICER_ORDER_FIELDS = ['OFFICER_NO', 'NAME', 'AGENCY_CODE', 'CERTIFICATE_STATUS'] as const;
export type OfficerOrderField = (typeof OFFICER_ORDER_FIELDS)[number];
export const OfficerListArgs = ListArgs('Officer', OfficerFilter, OFFICER_ORDER_FIELDS);
export type OfficerListArgs = InstanceType<typeof OfficerListArgs>;
