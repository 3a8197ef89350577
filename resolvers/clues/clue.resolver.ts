import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Clue, ClueConnection, ClueProcedureStep } from '../../schema/clues/clue.type.ts';
import { ClueListArgs } from '../../schema/clues/clue.filter.ts';
import { ClueInput, ClueStepArgs } from '../../schema/clues/clue.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import { advanceClue, clueRepository, createClue } from '../../server/db/repositories/clue.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Clue)
export class ClueResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => ClueConnection, { description: 'Clue transfers (问题线索移送纪检监察), filtered, ordered and paged.' })
  clues(@Args(() => ClueListArgs) args: ClueListArgs, @Ctx() ctx: RequestContext) {
    return clueRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Clue, { nullable: true, description: 'One clue by code.' })
  clue(@Arg('clueCode', () => String) clueCode: string, @Ctx() ctx: RequestContext) {
    return clueRepository.findByKey(ctx, { clueCode });
  }

  @FieldResolver(() => [ClueProcedureStep], { description: 'The procedure so far, in order.' })
  steps(@Root() clue: Clue, @Ctx() ctx: RequestContext) {
    return ctx.loaders.clueSteps.load(clue.clueCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency concerned.' })
  agency(@Root() clue: Clue, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(clue.agencyCode);
  }

  @Authorized(ALLOWED.supervisors)
  @Mutation(() => Clue, { description: 'Registers a clue from a complaint, a problem or a supervision finding; it starts REGISTERED.' })
  createClue(@Arg('input', () => ClueInput) input: ClueInput, @Ctx() ctx: RequestContext) {
    return createClue(ctx, input);
  }

  @Authorized(ALLOWED.supervisors)
  @Mutation(() => Clue, { description: 'Takes the next step: REGISTERED → INVESTIGATING → COLLECTIVE_REVIEW → TRANSFERRED → FEEDBACK, none skipped, dated in order.' })
  advanceClue(@Args(() => ClueStepArgs) args: ClueStepArgs, @Ctx() ctx: RequestContext) {
    return advanceClue(ctx, args);
  }
}
