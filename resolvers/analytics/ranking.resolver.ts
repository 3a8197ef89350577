import { Authorized, Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { RankingRow } from '../../schema/analytics/ranking.type.ts';
import { Level } from '../../schema/analytics/scope.input.ts';
import { EvaluationWeightsInput } from '../../schema/analytics/evaluation-weights.input.ts';
import { appError, ErrorCode } from '../../schema/common/errors.ts';
import { evaluationRanking } from '../../warehouse/queries/ranking.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';
import { publishableRows } from '../../server/auth/small-cells.ts';

@Resolver()
export class RankingResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [RankingRow], { description: '效能评价排名 — Yearly efficiency evaluation ranking with rank change against the previous year and each rank\'s range over the neighbouring schemes; complete entries by rank, then incomplete ones. With `weights`, a what-if ranking under those weights (nothing is stored; rankChange still compares with the previous year\'s own ranking).' })
  async evaluationRanking(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('level', () => Level) level: Level,
    @Arg('weights', () => EvaluationWeightsInput, { nullable: true }) weights?: EvaluationWeightsInput | null,
  ): Promise<RankingRow[]> {
    const bad = weights && Object.entries(weights).find(([, w]) => !Number.isFinite(w) || w < 0);
    if (bad) throw appError(ErrorCode.BAD_USER_INPUT, `weights.${bad[0]} must be a number ≥ 0`, { problems: [{ field: `weights.${bad[0]}`, reason: 'must be ≥ 0' }] });
    const rows = await evaluationRanking(ctx.warehouse, year, level, weights);
    // An entry's quality and satisfaction are cells of its case-file reviews and survey respondents.
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, rows, (r) => Math.min(Number(r.reviews), Number(r.respondents)));
  }
}
