import { Field, InputType } from 'type-graphql';
import { DateFilter, StringFilter, TextFilter } from '../common/filters.ts';
import { TaskPhaseFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on tasks.' })
export class TaskFilter {
  @Field(() => StringFilter, { nullable: true }) taskCode?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) title?: TextFilter | null;
  @Field(() => StringFilter, { nullable: true }) section?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) leadUnit?: StringFilter | null;
  @Field(() => TaskPhaseFilter, { nullable: true }) phase?: InstanceType<typeof TaskPhaseFilter> | null;
  @Field(() => DateFilter, { nullable: true }) deadline?: DateFilter | null;
}

export const TASK_ORDER_FIELDS = ['TASK_CODE', 'PHASE', 'DEADLINE'] as const;
export type TaskOrderField = (typeof TASK_ORDER_FIELDS)[number];
export const TaskListArgs = ListArgs('Task', TaskFilter, TASK_ORDER_FIELDS);
export type TaskListArgs = InstanceType<typeof TaskListArgs>;
