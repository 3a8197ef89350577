import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { SupervisionRateRow } from '../../schema/analytics/supervision-rate.type.ts';
import { Dimension, Scope, dimensions } from '../../schema/analytics/scope.input.ts';
import { SupervisionWeightsInput } from '../../schema/analytics/weights.input.ts';
import { supervisionRows } from '../../warehouse/queries/supervision.ts';
import { warehouseSchemes } from '../../warehouse/queries/evaluation-schemes.ts';
import { DEFAULT_SUPERVISION_WEIGHTS } from '../../warehouse/queries/rates.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';
import { publishableRows } from '../../server/auth/small-cells.ts';

@Resolver()
export class SupervisionResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [SupervisionRateRow], {
    description: 'Supervision performance rate (监管履行率) by the chosen dimensions. Weights: `weights` if given, else the evaluation scheme of the row\'s year (grouped by YEAR or a single year in scope), else 0.4/0.4/0.2.',
  })
  async supervisionRates(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [Dimension]) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
    @Arg('weights', () => SupervisionWeightsInput, { nullable: true }) weights?: SupervisionWeightsInput | null,
  ): Promise<SupervisionRateRow[]> {
    const schemes = await warehouseSchemes(ctx.warehouse);
    const weightsFor = (year: number | null) => weights ?? (year === null ? DEFAULT_SUPERVISION_WEIGHTS : schemes(year).supervisionParts);
    const rows = await supervisionRows(ctx.warehouse, scope, dimensions(groupBy), weightsFor);
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, rows, (r) => r.filingsDue);
  }
}
