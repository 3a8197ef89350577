import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLBigInt } from '../common/scalars.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: 'Workforce training compliance (队伍建设, domain.md §4.7) of a group of officers in a year.' })
export class WorkforceRow extends GroupKeys {
  @Field(() => GraphQLBigInt, { description: 'Officers with a VALID certificate (持证).' }) officersWithValidCertificate!: number;
  @Field(() => GraphQLBigInt, { description: 'Of those, officers with ≥ 30 BUSINESS and ≥ 30 LEGAL training hours in the year.' }) compliantOfficers!: number;
  @Field(() => Float, { nullable: true, description: 'compliantOfficers / officersWithValidCertificate.' }) trainingComplianceRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean BUSINESS training hours of officers with a valid certificate.' }) meanBusinessHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean LEGAL training hours of officers with a valid certificate.' }) meanLegalHours!: number | null;
}
