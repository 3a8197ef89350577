import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Filing, FilingConnection } from '../../schema/filings/filing.type.ts';
import { FilingKeyArgs, FilingListArgs } from '../../schema/filings/filing.filter.ts';
import { FilingInput } from '../../schema/filings/filing.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import * as repo from '../../server/db/repositories/filing.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Filing)
export class FilingResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => FilingConnection, { description: 'Quarterly filings (季度备案), filtered, ordered and paged.' })
  filings(@Args(() => FilingListArgs) args: FilingListArgs, @Ctx() ctx: RequestContext) {
    return repo.filingRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Filing, { nullable: true, description: "One agency's filing of one quarter." })
  filing(@Args(() => FilingKeyArgs) key: FilingKeyArgs, @Ctx() ctx: RequestContext) {
    return repo.filingRepository.findByKey(ctx, key);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The filing agency.' })
  agency(@Root() filing: Filing, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(filing.agencyCode);
  }

  @Authorized(ALLOWED.filers)
  @Mutation(() => Filing, { description: 'Creates a DRAFT filing or replaces the figures of a DRAFT or RETURNED one.' })
  createOrUpdateFilingDraft(@Arg('input', () => FilingInput) input: FilingInput, @Ctx() ctx: RequestContext) {
    return repo.saveFilingDraft(ctx, input);
  }

  @Authorized(ALLOWED.filers)
  @Mutation(() => Filing, { description: 'Submits a DRAFT or RETURNED filing (提交); submittedAt is now.' })
  submitFiling(@Args(() => FilingKeyArgs) key: FilingKeyArgs, @Ctx() ctx: RequestContext) {
    return repo.submitFiling(ctx, key);
  }

  @Authorized(ALLOWED.supervisors)
  @Mutation(() => Filing, { description: 'Accepts a SUBMITTED filing (审核通过); only accepted filings reach the warehouse.' })
  acceptFiling(@Args(() => FilingKeyArgs) key: FilingKeyArgs, @Ctx() ctx: RequestContext) {
    return repo.acceptFiling(ctx, key);
  }

  @Authorized(ALLOWED.supervisors)
  @Mutation(() => Filing, { description: 'Returns a SUBMITTED filing to its agency with a reason (退回).' })
  returnFiling(
    @Args(() => FilingKeyArgs) key: FilingKeyArgs,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return repo.returnFiling(ctx, key, reason);
  }
}
