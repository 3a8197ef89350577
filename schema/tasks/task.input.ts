import { Field, InputType } from 'type-graphql';
import { TaskPhaseEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { TaskPhase } from '../../server/domain/enums.ts';

@InputType({ description: 'A task to record (recordTask); replaces the task with the same code.' })
export class TaskInput {
  @Field(() => String) taskCode!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) section?: string | null;
  @Field(() => String, { nullable: true, description: 'An agency or region code, or a name.' }) leadUnit?: string | null;
  @Field(() => TaskPhaseEnum) phase!: TaskPhase;
  @Field(() => GraphQLDate, { nullable: true }) deadline?: Date | null;
}
