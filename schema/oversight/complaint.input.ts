import { Field, InputType } from 'type-graphql';
import { ComplaintChannelEnum } from '../common/enums.ts';
import { GraphQLDateTime } from '../common/scalars.ts';
import type { ComplaintChannel } from '../../server/domain/enums.ts';

@InputType({ description: 'A complaint to record; it starts RECEIVED.' })
export class ComplaintInput {
  @Field(() => String, { nullable: true, description: 'Register number (投诉编号); a new one is drawn when not given.' }) complaintNo?: string | null;
  @Field(() => ComplaintChannelEnum) channel!: ComplaintChannel;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => String, { description: 'An existing agency.' }) agencyCode!: string;
  @Field(() => String) category!: string;
  @Field(() => Boolean, { nullable: true }) transferredToDiscipline?: boolean | null;
  @Field(() => String, { nullable: true }) complainantName?: string | null;
  @Field(() => String, { nullable: true }) complainantPhone?: string | null;
}
