import { Field, InputType, Int } from 'type-graphql';
import { ProgressStatusEnum } from '../common/enums.ts';
import { GraphQLDateTime } from '../common/scalars.ts';
import type { ProgressStatus } from '../../server/domain/enums.ts';

@InputType({ description: 'A progress report to submit (submitProgressReport); a resubmission replaces the same unit, task and half-year.' })
export class ProgressReportInput {
  @Field(() => String, { description: 'An existing agency or region.' }) unitCode!: string;
  @Field(() => String, { description: 'An existing task.' }) taskCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '1 or 2.' }) half!: number;
  @Field(() => Int, { description: '0–100.' }) progress!: number;
  @Field(() => ProgressStatusEnum) status!: ProgressStatus;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Default: now.' }) submittedAt?: Date | null;
}
