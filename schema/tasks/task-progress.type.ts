import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ProgressStatusEnum, TaskPhaseEnum } from '../common/enums.ts';
import { GraphQLDate, GraphQLDateTime } from '../common/scalars.ts';
import type { ProgressStatus, TaskPhase } from '../../server/domain/enums.ts';

@ObjectType({ simpleResolvers: true, description: 'One expected unit of a task in a half-year (报送单位): its report, or none.' })
export class TaskProgressUnit {
  @Field(() => String, { description: 'Reporting unit (报送单位): an agency or a region code.' }) unitCode!: string;
  @Field(() => String, { nullable: true, description: 'Name of the agency or region.' }) unitName!: string | null;
  @Field(() => Boolean, { description: 'Whether it reported on the task for the half-year (已报送).' }) reported!: boolean;
  @Field(() => ProgressStatusEnum, { nullable: true, description: 'Status in its report; null when it has not reported.' }) status!: ProgressStatus | null;
  @Field(() => Int, { nullable: true, description: 'Progress in percent in its report; null when it has not reported.' }) progress!: number | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When its report (the latest submission, which replaced any earlier) was submitted.' }) submittedAt!: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Submitted after the due date (逾期报送: 15 July, 15 January; Asia/Shanghai dates); null when not reported.' }) late!: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: 'The half-yearly progress of one task (任务清单 × 工作情况报送) over the expected units in scope.' })
export class TaskProgressRow {
  @Field(() => String, { description: 'Task code.' }) taskCode!: string;
  @Field(() => String, { description: 'Title (任务).' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Section of the plan (e.g. 三(七)).' }) section!: string | null;
  @Field(() => TaskPhaseEnum, { description: 'Phase of the plan (实施阶段).' }) phase!: TaskPhase;
  @Field(() => String, { nullable: true, description: 'Lead unit (牵头单位): an agency or region code, or a name.' }) leadUnit!: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'Deadline (完成时限).' }) deadline!: string | null;
  @Field(() => Int, { description: 'Units expected to report (应报): units with a report on the task in this or an earlier half-year whose latest earlier report is not DONE, and the lead unit (when a code) from the year of the phase.' }) unitsExpected!: number;
  @Field(() => Int, { description: 'Expected units that reported for the half-year (已报).' }) unitsReported!: number;
  @Field(() => Int, { description: 'Units whose report for the half-year is DONE (已完成).' }) unitsDone!: number;
  @Field(() => Int, { description: 'Units that reported DONE in an earlier half-year and owe no more reports (not counted as expected).' }) unitsDoneEarlier!: number;
  @Field(() => Float, { nullable: true, description: 'Mean progress in percent over the half-year\'s reports (平均进度); null without any.' }) meanProgress!: number | null;
  @Field(() => [String], { description: 'Codes of the expected units that have not reported (未报送), in code order.' }) notReported!: string[];
  @Field(() => [TaskProgressUnit], { description: 'Every expected unit, in code order.' }) units!: TaskProgressUnit[];
}
