import { Field, InputType } from 'type-graphql';
import { DomainCodeEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@InputType({ description: 'Raises a problem-list item (突出问题清单) from a pattern signal (createProblemFromSignal): category = the signal kind, source SUPERVISION, the signal\'s agency and its region.' })
export class SignalProblemInput {
  @Field(() => String, { description: 'The SignalRow id (KIND:YEAR:AGENCY[:MONTH|:ITEM]); the signal must be among the year\'s signals.' }) signalId!: string;
  @Field(() => String, { description: 'Code of the new problem.' }) problemCode!: string;
  @Field(() => GraphQLDate, { description: 'Rectification deadline (整改时限), not before identifiedOn.' }) deadline!: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'When it was identified; today (Asia/Shanghai) when absent.' }) identifiedOn?: Date | null;
  @Field(() => String, { nullable: true, description: 'What the problem is; the signal\'s label when absent.' }) description?: string | null;
  @Field(() => DomainCodeEnum, { nullable: true, description: 'Enforcement domain; the domain of the signal\'s cases when they share one, else the agency\'s first.' }) domain?: DomainCode | null;
}
