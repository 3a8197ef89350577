import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Survey, SurveyConnection } from '../../schema/oversight/survey.type.ts';
import { SurveyListArgs } from '../../schema/oversight/survey.filter.ts';
import { SurveyInput } from '../../schema/oversight/survey.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import { Region } from '../../schema/organisation/region.type.ts';
import { recordSurvey, surveyRepository } from '../../server/db/repositories/survey.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Survey)
export class SurveyResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => SurveyConnection, { description: 'Satisfaction surveys (社会满意度), filtered, ordered and paged.' })
  surveys(@Args(() => SurveyListArgs) args: SurveyListArgs, @Ctx() ctx: RequestContext) {
    return surveyRepository.list(ctx, args);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The surveyed region, when the survey is of a region.' })
  region(@Root() survey: Survey, @Ctx() ctx: RequestContext) {
    return survey.regionCode ? ctx.loaders.region.load(survey.regionCode) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The surveyed agency, when the survey is of an agency.' })
  agency(@Root() survey: Survey, @Ctx() ctx: RequestContext) {
    return survey.agencyCode ? ctx.loaders.agency.load(survey.agencyCode) : null;
  }

  @Authorized(ALLOWED.admin)
  @Mutation(() => Survey, { description: 'Records (or replaces) a survey result.' })
  recordSurvey(@Arg('input', () => SurveyInput) input: SurveyInput, @Ctx() ctx: RequestContext) {
    return recordSurvey(ctx, input);
  }
}
