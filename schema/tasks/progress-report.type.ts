import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { ProgressStatusEnum } from '../common/enums.ts';
import { GraphQLDateTime } from '../common/scalars.ts';
import type { ProgressStatus } from '../../server/domain/enums.ts';

@ObjectType({ description: 'A progress report (工作情况报送): one reporting unit × task × half-year.' })
export class ProgressReport {
  @Field(() => String, { description: 'Reporting unit: an agency or a region code.' }) unitCode!: string;
  @Field(() => String, { description: 'Task code.' }) taskCode!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => Int, { description: 'Half-year: 1 (due 15 July) or 2 (due 15 January of the next year).' }) half!: number;
  @Field(() => Int, { description: 'Progress in percent, 0–100.' }) progress!: number;
  @Field(() => ProgressStatusEnum, { description: 'Status of the task.' }) status!: ProgressStatus;
  @Field(() => String, { nullable: true, description: 'What was done (工作情况).' }) summary!: string | null;
  @Field(() => GraphQLDateTime, { description: 'When it was submitted.' }) submittedAt!: Date;
}

export const ProgressReportConnection = Connection(ProgressReport, 'ProgressReport');
