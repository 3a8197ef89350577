import { Authorized, Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Problem } from '../../schema/problems/problem.type.ts';
import { SignalProblemInput } from '../../schema/problems/signal-problem.input.ts';
import { createProblemFromSignal } from '../../server/db/repositories/signal-problem.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Problem)
export class SignalProblemResolver {
  @Authorized(ALLOWED.supervisors)
  @Mutation(() => Problem, {
    description: 'Turns a pattern signal (执法突出问题研判) into a problem-list item (突出问题清单): IDENTIFIED, category = the signal kind, source SUPERVISION, recording the signal. One problem per signal; audited; a SUPERVISOR only for agencies of its region.',
  })
  createProblemFromSignal(@Arg('input', () => SignalProblemInput) input: SignalProblemInput, @Ctx() ctx: RequestContext) {
    return createProblemFromSignal(ctx, input);
  }
}
