import { Authorized, Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Assessment, Officer, OfficerConnection, Training } from '../../schema/workforce/officer.type.ts';
import { OfficerListArgs } from '../../schema/workforce/officer.filter.ts';
import { AssessmentInput, OfficerInput, TrainingInput } from '../../schema/workforce/officer.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import { officerRepository, recordAssessment, recordTraining, upsertOfficer } from '../../server/db/repositories/officer.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Officer)
export class OfficerResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => OfficerConnection, { description: 'Officers (执法人员), filtered, ordered and paged.' })
  officers(@Args(() => OfficerListArgs) args: OfficerListArgs, @Ctx() ctx: RequestContext) {
    return officerRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Officer, { nullable: true, description: 'One officer by officer number.' })
  officer(@Arg('officerNo', () => String) officerNo: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.officer.load(officerNo);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the officer serves in.' })
  agency(@Root() officer: Officer, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(officer.agencyCode);
  }

  @FieldResolver(() => [Training], { description: 'Training hours by year and kind; `year` narrows to one year.' })
  async training(
    @Root() officer: Officer,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ) {
    const all = await ctx.loaders.officerTraining.load(officer.officerNo);
    return year == null ? all : all.filter((t) => t.year === year);
  }

  @FieldResolver(() => [Assessment], { description: 'Yearly assessments, oldest first.' })
  assessments(@Root() officer: Officer, @Ctx() ctx: RequestContext) {
    return ctx.loaders.officerAssessments.load(officer.officerNo);
  }

  @Authorized(ALLOWED.filers)
  @Mutation(() => Officer, { description: 'Creates or replaces an officer.' })
  upsertOfficer(@Arg('input', () => OfficerInput) input: OfficerInput, @Ctx() ctx: RequestContext) {
    return upsertOfficer(ctx, input);
  }

  @Authorized(ALLOWED.filers)
  @Mutation(() => Training, { description: "Records (replaces) an officer's training hours of one year and kind." })
  recordTraining(@Arg('input', () => TrainingInput) input: TrainingInput, @Ctx() ctx: RequestContext) {
    return recordTraining(ctx, input);
  }

  @Authorized(ALLOWED.filers)
  @Mutation(() => Assessment, { description: "Records (replaces) an officer's yearly assessment (年度考核) and online test score of one year." })
  recordAssessment(@Arg('input', () => AssessmentInput) input: AssessmentInput, @Ctx() ctx: RequestContext) {
    return recordAssessment(ctx, input);
  }
}
