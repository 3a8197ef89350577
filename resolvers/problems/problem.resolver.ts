import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Problem, ProblemConnection, ProblemEvent } from '../../schema/problems/problem.type.ts';
import { ProblemListArgs } from '../../schema/problems/problem.filter.ts';
import { ProblemInput, ProblemStatusEventArgs } from '../../schema/problems/problem.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import { Region } from '../../schema/organisation/region.type.ts';
import { addProblemStatusEvent, createProblem, problemRepository } from '../../server/db/repositories/problem.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Problem)
export class ProblemResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => ProblemConnection, { description: 'Prominent problems (突出问题), filtered, ordered and paged.' })
  problems(@Args(() => ProblemListArgs) args: ProblemListArgs, @Ctx() ctx: RequestContext) {
    return problemRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Problem, { nullable: true, description: 'One problem by code.' })
  problem(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.problem.load(code);
  }

  @FieldResolver(() => [ProblemEvent], { description: 'Status history, oldest first.' })
  events(@Root() problem: Problem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.problemEvents.load(problem.code);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region concerned.' })
  region(@Root() problem: Problem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.region.load(problem.regionCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency concerned, if one.' })
  agency(@Root() problem: Problem, @Ctx() ctx: RequestContext) {
    return problem.agencyCode ? ctx.loaders.agency.load(problem.agencyCode) : null;
  }

  @Authorized(ALLOWED.problemKeepers)
  @Mutation(() => Problem, { description: 'Adds a problem to the list; it starts IDENTIFIED.' })
  createProblem(@Arg('input', () => ProblemInput) input: ProblemInput, @Ctx() ctx: RequestContext) {
    return createProblem(ctx, input);
  }

  @Authorized(ALLOWED.problemKeepers)
  @Mutation(() => Problem, {
    description: 'Records a status change: IDENTIFIED → RECTIFYING → RECTIFIED → VERIFIED; RECTIFIED or VERIFIED → REOPENED; REOPENED → RECTIFYING or RECTIFIED.',
  })
  addProblemStatusEvent(@Args(() => ProblemStatusEventArgs) args: ProblemStatusEventArgs, @Ctx() ctx: RequestContext) {
    return addProblemStatusEvent(ctx, args);
  }
}
