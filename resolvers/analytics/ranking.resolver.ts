import { Authorized, Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { RankingRow } from '../../schema/analytics/ranking.type.ts';
import { Level } from '../../schema/analytics/scope.input.ts';
import { evaluationRanking } from '../../warehouse/queries/ranking.ts';
import { loadSchemes } from '../../server/db/queries/evaluation-schemes.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver()
export class RankingResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [RankingRow], { description: 'Yearly efficiency evaluation ranking (效能评价排名) with rank change against the previous year; complete entries by rank, then incomplete ones.' })
  async evaluationRanking(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('level', () => Level) level: Level,
  ): Promise<RankingRow[]> {
    return evaluationRanking(ctx.warehouse, year, level, await loadSchemes(ctx.store.db));
  }
}
