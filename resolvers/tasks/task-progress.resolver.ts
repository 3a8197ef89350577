import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { TaskProgressRow } from '../../schema/tasks/task-progress.type.ts';
import { Scope } from '../../schema/analytics/scope.input.ts';
import { TaskPhaseEnum } from '../../schema/common/enums.ts';
import { taskProgressRows } from '../../server/db/queries/task-progress.ts';
import type { TaskPhase } from '../../server/domain/enums.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver()
export class TaskProgressResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => [TaskProgressRow], {
    description: 'Half-yearly progress of the task list (任务清单推进情况, for 领导小组办公室) from the operational store: per task the units expected to report, those that reported, DONE, mean progress and the units that have not reported (未报送). Expected: units with a report on the task in this or an earlier half-year unless their latest earlier report is DONE, and the lead unit when it is an agency or region code, from the year of the task\'s phase. A SUPERVISOR sees its region\'s units, a FILER its own agency. scope selects regions, agencies and domains; its years and quarters are refused.',
  })
  async taskProgress(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Year of the half-year.' }) year: number,
    @Arg('half', () => Int, { description: 'Half-year: 1 (due 15 July) or 2 (due 15 January of the next year).' }) half: number,
    @Arg('scope', () => Scope, { nullable: true, description: 'Regions, agencies and domains of the reporting units.' }) scope?: Scope | null,
    @Arg('phases', () => [TaskPhaseEnum], { nullable: true, description: 'Phases (实施阶段) of the tasks to list; all when absent or empty.' }) phases?: TaskPhase[] | null,
  ): Promise<TaskProgressRow[]> {
    return taskProgressRows(ctx, { year, half }, scope, phases);
  }
}
