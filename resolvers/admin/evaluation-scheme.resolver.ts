import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { EvaluationScheme } from '../../schema/admin/evaluation-scheme.type.ts';
import { SetEvaluationSchemeArgs } from '../../schema/admin/evaluation-scheme.input.ts';
import { evaluationScheme, setEvaluationScheme } from '../../server/db/repositories/evaluation-scheme.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => EvaluationScheme)
export class EvaluationSchemeResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => EvaluationScheme, { description: 'The evaluation scheme (weights) of a year, the defaults when none is stored: published with the ranking it explains.' })
  evaluationScheme(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return evaluationScheme(ctx, year);
  }

  @Authorized(ALLOWED.admin)
  @Mutation(() => EvaluationScheme, { description: 'Sets the evaluation scheme of a year (ADMIN); audited.' })
  setEvaluationScheme(@Args(() => SetEvaluationSchemeArgs) args: SetEvaluationSchemeArgs, @Ctx() ctx: RequestContext) {
    return setEvaluationScheme(ctx, args);
  }
}
