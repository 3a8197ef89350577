import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLBigInt } from '../common/scalars.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: 'Supervision performance rate (监管履行率) of a group of agency-quarters, as ratios of sums (domain.md §4.1).' })
export class SupervisionRateRow extends GroupKeys {
  @Field(() => GraphQLBigInt, { description: 'Σ planned random inspections (双随机抽查任务).' }) inspectionsPlanned!: number;
  @Field(() => GraphQLBigInt, { description: 'Σ min(completed, planned) inspections.' }) inspectionsCompleted!: number;
  @Field(() => GraphQLBigInt, { description: 'Σ power items in force (权责清单事项).' }) itemsTotal!: number;
  @Field(() => GraphQLBigInt, { description: 'Σ power items exercised.' }) itemsExercised!: number;
  @Field(() => GraphQLBigInt, { description: 'Filings due: active agencies × quarters in scope (a missing filing counts as late).' }) filingsDue!: number;
  @Field(() => GraphQLBigInt, { description: 'Accepted filings submitted on or before their due date (Asia/Shanghai).' }) filingsOnTime!: number;
  @Field(() => GraphQLBigInt, { description: 'Accepted filings in scope.' }) filingsAccepted!: number;
  @Field(() => Float, { nullable: true, description: 'rI = inspectionsCompleted / inspectionsPlanned; null when nothing was planned.' }) inspectionRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'rE = itemsExercised / itemsTotal.' }) exerciseRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'rF = filingsOnTime / filingsDue.' }) timelinessRate!: number | null;
  @Field(() => Float, { nullable: true, description: '(wI·rI + wE·rE + wF·rF) / Σ weights of the non-null parts.' }) supervisionRate!: number | null;
  @Field(() => Float, { description: 'Weight wI used.' }) inspectionWeight!: number;
  @Field(() => Float, { description: 'Weight wE used.' }) exerciseWeight!: number;
  @Field(() => Float, { description: 'Weight wF used.' }) timelinessWeight!: number;
  @Field(() => GraphQLBigInt, { description: 'Σ administrative reconsiderations (行政复议).' }) reconsiderations!: number;
  @Field(() => GraphQLBigInt, { description: 'Σ reconsiderations that overturned the decision (纠错).' }) reconsiderationsOverturned!: number;
  @Field(() => GraphQLBigInt, { description: 'Σ administrative litigations (行政诉讼).' }) litigations!: number;
  @Field(() => GraphQLBigInt, { description: 'Σ litigations lost (败诉).' }) litigationsLost!: number;
  @Field(() => Float, { nullable: true, description: 'Overturn rate (reconsiderationsOverturned + litigationsLost) / (reconsiderations + litigations) (§4.2).' }) overturnRate!: number | null;
}
