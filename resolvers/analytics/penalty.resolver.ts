import { Authorized, Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { PenaltyDiscretionRow } from '../../schema/analytics/penalty-discretion.type.ts';
import { InconsistencyRow, type RegionMean } from '../../schema/analytics/inconsistency.type.ts';
import { Dimension, Scope, dimensions } from '../../schema/analytics/scope.input.ts';
import { penaltyDiscretionRows } from '../../warehouse/queries/penalties.ts';
import { inconsistencyRows } from '../../warehouse/queries/inconsistency.ts';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';
import { publishableRows } from '../../server/auth/small-cells.ts';

@Resolver()
export class PenaltyResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [PenaltyDiscretionRow], { description: 'Penalty discretion (处罚裁量): out-of-band, leniency and first-offence leniency rates and the fine distribution.' })
  async penaltyDiscretion(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [Dimension]) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
  ): Promise<PenaltyDiscretionRow[]> {
    const rows = await penaltyDiscretionRows(ctx.warehouse, scope, dimensions(groupBy));
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, rows, (r) => r.cases);
  }

  @Authorized(ALLOWED.anyone)
  @Query(() => [InconsistencyRow], { description: 'Cross-district inconsistency (同案不同罚) per violation item and band, most inconsistent first.' })
  async discretionInconsistency(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('minCases', () => Int, { defaultValue: 5, description: 'Cases a region needs to enter the comparison.' }) minCases: number,
  ): Promise<InconsistencyRow[]> {
    if (minCases < 1) throw appError(ErrorCode.BAD_USER_INPUT, 'minCases must be at least 1', { problems: [{ field: 'minCases', reason: 'must be at least 1' }] });
    const rows = await inconsistencyRows(ctx.warehouse, year, minCases);
    // A region's mean fine is a cell of its own; the comparison's figures pool the qualifying regions.
    const publish = (cells: RegionMean[]) => publishableRows(ctx.viewer, ctx.config.minCellRecords, cells, (m) => m.cases);
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, rows, (r) => r.cases).map((r) => ({ ...r, regionMeans: publish(r.regionMeans) }));
  }
}
