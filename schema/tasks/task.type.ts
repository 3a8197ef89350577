import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { TaskPhaseEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { TaskPhase } from '../../server/domain/enums.ts';

@ObjectType({ description: 'An item of the task list (任务清单, the plan\'s 附件2).' })
export class Task {
  @Field(() => String, { description: 'Task code.' }) taskCode!: string;
  @Field(() => String, { description: 'What is to be done (任务名称).' }) title!: string;
  @Field(() => String, { nullable: true, description: "The plan's section, e.g. 三(七)." }) section!: string | null;
  @Field(() => String, { nullable: true, description: 'Lead unit (牵头单位): an agency or region code, or a name.' }) leadUnit!: string | null;
  @Field(() => TaskPhaseEnum, { description: 'Phase of the plan.' }) phase!: TaskPhase;
  @Field(() => GraphQLDate, { nullable: true, description: 'Deadline (完成时限).' }) deadline!: string | null;
}

export const TaskConnection = Connection(Task, 'Task');
