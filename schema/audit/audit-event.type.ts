import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { GraphQLBigInt, GraphQLDateTime, GraphQLJSON } from '../common/scalars.ts';

@ObjectType({ description: 'One recorded change (全程留痕): who changed which record, when, from what to what. Append-only.' })
export class AuditEvent {
  @Field(() => GraphQLBigInt, { description: 'Sequence number of the event.' }) id!: number;
  @Field(() => GraphQLDateTime, { description: 'When the change was made.' }) at!: Date;
  @Field(() => String, { description: 'Who made it (the token subject).' }) actor!: string;
  @Field(() => String, { description: 'What was done: create, update, submit, accept, …' }) action!: string;
  @Field(() => String, { description: 'Kind of record: region, agency, filing, problem, …' }) entity!: string;
  @Field(() => String, { description: 'Key of the record, e.g. <agencyCode>/<year>/Q<quarter> for a filing.' }) entityKey!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The record before the change; null when created.' }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The record after the change.' }) after!: unknown;
}

export const AuditEventConnection = Connection(AuditEvent, 'AuditEvent');
