import { ArgsType, Field, InputType } from 'type-graphql';
import { ClueSourceEnum, ClueStepEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { ClueSource, ClueStep } from '../../server/domain/enums.ts';

@InputType({ description: 'A new clue (createClue); it starts REGISTERED on registeredOn.' })
export class ClueInput {
  @Field(() => String) clueCode!: string;
  @Field(() => ClueSourceEnum) source!: ClueSource;
  @Field(() => String, { nullable: true, description: 'The complaint (source COMPLAINT).' }) complaintNo?: string | null;
  @Field(() => String, { nullable: true, description: 'The problem (source PROBLEM).' }) problemCode?: string | null;
  @Field(() => String, { nullable: true, description: "Default: the complaint's or the problem's agency; required for SUPERVISION." }) agencyCode?: string | null;
  @Field(() => String) summary!: string;
  @Field(() => GraphQLDate) registeredOn!: Date;
}

@ArgsType()
export class ClueStepArgs {
  @Field(() => String, { description: 'An existing clue.' }) clueCode!: string;
  @Field(() => ClueStepEnum, { description: 'The next step of the procedure (none is skipped).' }) step!: ClueStep;
  @Field(() => GraphQLDate, { description: 'On or after the previous step.' }) stepOn!: Date;
  @Field(() => String, { nullable: true, description: 'Required for TRANSFERRED.' }) receivingOrgan?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for TRANSFERRED.' }) documentNo?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for FEEDBACK.' }) outcome?: string | null;
}
