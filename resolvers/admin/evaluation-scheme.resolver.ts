import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { EvaluationScheme } from '../../schema/admin/evaluation-scheme.type.ts';
import { SetEvaluationSchemeArgs } from '../../schema/admin/evaluation-scheme.input.ts';
import { evaluationScheme, setEvaluationScheme } from '../../server/db/repositories/evaluation-scheme.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => EvaluationScheme)
export class EvaluationSchemeResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => EvaluationScheme, { description: '效能评价方案 — The evaluation scheme (weights) of a year as stored, the defaults when none is: published with the ranking it explains.' })
  evaluationScheme(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return evaluationScheme(ctx, year);
  }

  @Authorized(ALLOWED.admin)
  @Mutation(() => EvaluationScheme, { description: '设置效能评价方案 — Sets the evaluation scheme of a year (ADMIN); audited. Rankings and rates use it from the next ETL run on.' })
  setEvaluationScheme(@Args(() => SetEvaluationSchemeArgs) args: SetEvaluationSchemeArgs, @Ctx() ctx: RequestContext) {
    return setEvaluationScheme(ctx, args);
  }
}
