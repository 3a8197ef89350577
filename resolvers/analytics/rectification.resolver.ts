import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { RectificationRow } from '../../schema/analytics/rectification.type.ts';
import { Dimension, Scope, dimensions } from '../../schema/analytics/scope.input.ts';
import { GraphQLDate, isoDate } from '../../schema/common/scalars.ts';
import { rectificationRows } from '../../warehouse/queries/rectification.ts';
import { quarterEndsBetween } from '../../server/domain/calendar.ts';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';
import { publishableRows } from '../../server/auth/small-cells.ts';

@Resolver()
export class RectificationResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [RectificationRow], { description: 'Problem rectification progress (整改进度) as of a date.' })
  async rectificationProgress(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLDate) asOf: Date,
    @Arg('groupBy', () => [Dimension]) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
  ): Promise<RectificationRow[]> {
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, await rectificationRows(ctx.warehouse, [isoDate(asOf)], scope, dimensions(groupBy)), (r) => r.total);
  }

  @Authorized(ALLOWED.anyone)
  @Query(() => [RectificationRow], { description: 'Quarter-end snapshots of rectification progress between two dates: the burn-down series.' })
  async rectificationBurndown(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => GraphQLDate) from: Date,
    @Arg('to', () => GraphQLDate) to: Date,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
  ): Promise<RectificationRow[]> {
    const dates = quarterEndsBetween(isoDate(from), isoDate(to));
    if (dates.length === 0 || dates.length > 80) {
      throw appError(ErrorCode.BAD_USER_INPUT, 'from–to must span between 1 and 80 quarter ends', { problems: [{ field: 'to', reason: 'range' }] });
    }
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, await rectificationRows(ctx.warehouse, dates, scope, dimensions(groupBy)), (r) => r.total);
  }
}
