import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { ComplaintChannelEnum, ComplaintStatusEnum } from '../common/enums.ts';
import { GraphQLDateTime } from '../common/scalars.ts';
import type { ComplaintChannel, ComplaintStatus } from '../../server/domain/enums.ts';

@ObjectType({ description: 'A complaint or report (投诉举报) about an agency. Complainant name and phone are personal data.' })
export class Complaint {
  @Field(() => Int, { description: 'Complaint id.' }) id!: number;
  @Field(() => String, { description: 'Register number (投诉编号).' }) complaintNo!: string;
  @Field(() => ComplaintChannelEnum, { description: 'How it arrived.' }) channel!: ComplaintChannel;
  @Field(() => GraphQLDateTime, { description: 'When it was received.' }) receivedAt!: Date;
  @Field(() => String, { description: 'Code of the agency complained about.' }) agencyCode!: string;
  @Field(() => String, { description: 'Category as recorded (乱罚款, 一刀切, …).' }) category!: string;
  @Field(() => ComplaintStatusEnum, { description: 'Handling status.' }) status!: ComplaintStatus;
  @Field(() => Boolean, { description: 'Transferred to the discipline-inspection organs (移送纪检监察).' }) transferredToDiscipline!: boolean;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was closed (办结: RESOLVED or TRANSFERRED).' }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Complainant name (personal data).' }) complainantName!: string | null;
  @Field(() => String, { nullable: true, description: 'Complainant phone (personal data).' }) complainantPhone!: string | null;
}

export const ComplaintConnection = Connection(Complaint, 'Complaint');
