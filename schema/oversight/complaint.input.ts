import { Field, InputType } from 'type-graphql';
import { ComplaintChannelEnum } from '../common/enums.ts';
import { GraphQLDateTime } from '../common/scalars.ts';
import type { ComplaintChannel } from '../../server/domain/enums.ts';

@InputType({ description: 'A complaint to record; it starts RECEIVED.' })
export class ComplaintInput {
  @Field(() => ComplaintChannelEnum) channel!: ComplaintChannel;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => String, { description: 'An existing agency.' }) agencyCode!: string;
  @Field(() => String) category!: string;
  @Field(() => Boolean, { nullable: true }) transferredToDiscipline?: boolean | null;
  @Field(() => String, { nullable: true }) complainantName?: string | null;
  @Field(() => String, { nullable: true }) complainantPhone?: string | null;
}
