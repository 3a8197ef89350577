import { Field, InputType } from 'type-graphql';
import { DateTimeFilter, IntFilter, StringFilter } from '../common/filters.ts';
import { ProgressStatusFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on progress reports.' })
export class ProgressReportFilter {
  @Field(() => StringFilter, { nullable: true }) unitCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) taskCode?: StringFilter | null;
  @Field(() => IntFilter, { nullable: true }) year?: IntFilter | null;
  @Field(() => IntFilter, { nullable: true }) half?: IntFilter | null;
  @Field(() => IntFilter, { nullable: true }) progress?: IntFilter | null;
  @Field(() => ProgressStatusFilter, { nullable: true }) status?: InstanceType<typeof ProgressStatusFilter> | null;
  @Field(() => DateTimeFilter, { nullable: true }) submittedAt?: DateTimeFilter | null;
}

export const PROGRESS_REPORT_ORDER_FIELDS = ['UNIT_CODE', 'TASK_CODE', 'YEAR', 'PROGRESS', 'SUBMITTED_AT'] as const;
export type ProgressReportOrderField = (typeof PROGRESS_REPORT_ORDER_FIELDS)[number];
export const ProgressReportListArgs = ListArgs('ProgressReport', ProgressReportFilter, PROGRESS_REPORT_ORDER_FIELDS);
export type ProgressReportListArgs = InstanceType<typeof ProgressReportListArgs>;
