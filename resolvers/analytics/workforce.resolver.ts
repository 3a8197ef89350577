import { Authorized, Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { WorkforceRow } from '../../schema/analytics/workforce.type.ts';
import { Dimension, Scope, dimensions } from '../../schema/analytics/scope.input.ts';
import { workforceRows } from '../../warehouse/queries/workforce.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';
import { publishableRows } from '../../server/auth/small-cells.ts';

@Resolver()
export class WorkforceResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [WorkforceRow], { description: '队伍建设 — Training compliance and enforcement intensity per officer (domain.md §4.7) in a year.' })
  async workforce(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
  ): Promise<WorkforceRow[]> {
    const rows = await workforceRows(ctx.warehouse, year, scope, dimensions(groupBy));
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, rows, (r) => r.officersWithValidCertificate);
  }
}
