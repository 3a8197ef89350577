import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ProgressReport, ProgressReportConnection } from '../../schema/tasks/progress-report.type.ts';
import { ProgressReportListArgs } from '../../schema/tasks/progress-report.filter.ts';
import { ProgressReportInput } from '../../schema/tasks/progress-report.input.ts';
import { Task } from '../../schema/tasks/task.type.ts';
import { progressReportRepository, submitProgressReport } from '../../server/db/repositories/progress-report.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => ProgressReportConnection, { description: 'Progress reports (工作情况报送), filtered, ordered and paged.' })
  progressReports(@Args(() => ProgressReportListArgs) args: ProgressReportListArgs, @Ctx() ctx: RequestContext) {
    return progressReportRepository.list(ctx, args);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task reported on.' })
  task(@Root() report: ProgressReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(report.taskCode);
  }

  @Authorized(ALLOWED.problemKeepers)
  @Mutation(() => ProgressReport, { description: "Submits a unit's half-yearly report on a task; a resubmission replaces it. FILER: its agency; SUPERVISOR: its regions and their agencies." })
  submitProgressReport(@Arg('input', () => ProgressReportInput) input: ProgressReportInput, @Ctx() ctx: RequestContext) {
    return submitProgressReport(ctx, input);
  }
}
