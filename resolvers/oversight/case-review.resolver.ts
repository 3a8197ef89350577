import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CaseReview, CaseReviewConnection } from '../../schema/oversight/case-review.type.ts';
import { CaseReviewListArgs } from '../../schema/oversight/case-review.filter.ts';
import { CaseReviewInput, CaseReviewKeyArgs } from '../../schema/oversight/case-review.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import * as repo from '../../server/db/repositories/case-review.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => CaseReview)
export class CaseReviewResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => CaseReviewConnection, { description: 'Case-file reviews (案卷评查), filtered, ordered and paged.' })
  caseReviews(@Args(() => CaseReviewListArgs) args: CaseReviewListArgs, @Ctx() ctx: RequestContext) {
    return repo.caseReviewRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => CaseReview, { nullable: true, description: 'One review by agency, year and case number.' })
  caseReview(@Args(() => CaseReviewKeyArgs) key: CaseReviewKeyArgs, @Ctx() ctx: RequestContext) {
    return repo.caseReviewRepository.findByKey(ctx, key);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The reviewed agency.' })
  agency(@Root() review: CaseReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(review.agencyCode);
  }

  @Authorized(ALLOWED.supervisors)
  @Mutation(() => CaseReview, { description: 'Records (or replaces) the review of one sampled case file.' })
  recordCaseReview(@Arg('input', () => CaseReviewInput) input: CaseReviewInput, @Ctx() ctx: RequestContext) {
    return repo.recordCaseReview(ctx, input);
  }
}
