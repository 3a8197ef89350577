import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { ClueSourceEnum, ClueStepEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { ClueSource, ClueStep } from '../../server/domain/enums.ts';

@ObjectType({ description: 'A clue transfer to the discipline-inspection organs (问题线索移送纪检监察).' })
export class Clue {
  @Field(() => String, { description: 'Clue code.' }) clueCode!: string;
  @Field(() => String, { description: 'Code of the agency concerned.' }) agencyCode!: string;
  @Field(() => ClueSourceEnum, { description: 'Where the clue came from.' }) source!: ClueSource;
  @Field(() => String, { nullable: true, description: 'The complaint it came from (source COMPLAINT).' }) complaintNo!: string | null;
  @Field(() => String, { nullable: true, description: 'The problem it came from (source PROBLEM).' }) problemCode!: string | null;
  @Field(() => String, { description: 'Summary of the clue (线索摘要).' }) summary!: string;
  @Field(() => ClueStepEnum, { description: 'The latest step taken.' }) step!: ClueStep;
}

@ObjectType({ description: 'One step of a clue transfer procedure.' })
export class ClueProcedureStep {
  @Field(() => String, { description: 'Clue code.' }) clueCode!: string;
  @Field(() => ClueStepEnum, { description: 'The step.' }) step!: ClueStep;
  @Field(() => GraphQLDate, { description: 'When it was taken.' }) stepOn!: string;
  @Field(() => String, { nullable: true, description: 'Receiving organ (TRANSFERRED: 接收机关).' }) receivingOrgan!: string | null;
  @Field(() => String, { nullable: true, description: 'Transfer document number (TRANSFERRED: 移送文号).' }) documentNo!: string | null;
  @Field(() => String, { nullable: true, description: 'Outcome reported back (FEEDBACK: 反馈结果).' }) outcome!: string | null;
}

export const ClueConnection = Connection(Clue, 'Clue');
