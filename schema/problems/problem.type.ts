import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { DomainCodeEnum, ProblemCategoryEnum, ProblemSourceEnum, ProblemStatusEnum } from '../common/enums.ts';
import { GraphQLDate, GraphQLDateTime } from '../common/scalars.ts';
import type { ProblemCategory, ProblemSource, ProblemStatus } from '../../server/domain/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@ObjectType({ description: 'An item of the prominent-problem list (突出问题清单) and its rectification status.' })
export class Problem {
  @Field(() => String, { description: 'Problem code, the key.' }) code!: string;
  @Field(() => String, { description: 'Code of the region concerned.' }) regionCode!: string;
  @Field(() => String, { nullable: true, description: 'Code of the agency concerned, if one.' }) agencyCode!: string | null;
  @Field(() => DomainCodeEnum, { description: 'Enforcement domain.' }) domain!: DomainCode;
  @Field(() => ProblemCategoryEnum, { description: 'Category (运动式, 一刀切, …).' }) category!: ProblemCategory;
  @Field(() => String, { description: 'What the problem is.' }) description!: string;
  @Field(() => ProblemSourceEnum, { description: 'How it was found.' }) source!: ProblemSource;
  @Field(() => GraphQLDate, { description: 'When it was identified.' }) identifiedOn!: string;
  @Field(() => GraphQLDate, { description: 'Rectification deadline (整改时限).' }) deadline!: string;
  @Field(() => ProblemStatusEnum, { description: 'Status of the latest event.' }) status!: ProblemStatus;
  @Field(() => String, { nullable: true, description: 'The pattern signal (执法突出问题研判, a SignalRow id) the problem was raised from (createProblemFromSignal).' }) sourceSignal!: string | null;
}

@ObjectType({ description: 'One entry of a problem\'s append-only status history (对账销号).' })
export class ProblemEvent {
  @Field(() => String, { description: 'Problem code.' }) problemCode!: string;
  @Field(() => Int, { description: 'Position in the history, from 1.' }) seq!: number;
  @Field(() => ProblemStatusEnum, { description: 'Status reached.' }) status!: ProblemStatus;
  @Field(() => GraphQLDate, { description: 'Day the status was reached.' }) statusOn!: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) note!: string | null;
  @Field(() => GraphQLDateTime, { description: 'When the event was recorded.' }) recordedAt!: Date;
}

export const ProblemConnection = Connection(Problem, 'Problem');
