import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PenaltyCase, PenaltyCaseConnection } from '../../schema/penalties/penalty-case.type.ts';
import { PenaltyCaseListArgs } from '../../schema/penalties/penalty-case.filter.ts';
import { PenaltyCaseInput } from '../../schema/penalties/penalty-case.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import { Standard } from '../../schema/standards/standard.type.ts';
import { penaltyCaseRepository, recordPenaltyCase } from '../../server/db/repositories/penalty-case.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => PenaltyCase)
export class PenaltyCaseResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => PenaltyCaseConnection, { description: 'Penalty cases (行政处罚案件), filtered, ordered and paged.' })
  penaltyCases(@Args(() => PenaltyCaseListArgs) args: PenaltyCaseListArgs, @Ctx() ctx: RequestContext) {
    return penaltyCaseRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => PenaltyCase, { nullable: true, description: 'One penalty case by agency and case number.' })
  penaltyCase(
    @Arg('agencyCode', () => String) agencyCode: string,
    @Arg('caseNo', () => String) caseNo: string,
    @Ctx() ctx: RequestContext,
  ) {
    return penaltyCaseRepository.findByKey(ctx, { agencyCode, caseNo });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The deciding agency.' })
  agency(@Root() penalty: PenaltyCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(penalty.agencyCode);
  }

  @FieldResolver(() => Standard, { nullable: true, description: "The discretion band in force on the decision day for the case's item and band." })
  standard(@Root() penalty: PenaltyCase, @Ctx() ctx: RequestContext) {
    const { violationItemCode, band, decidedOn } = penalty;
    return ctx.loaders.standardInForce.load({ violationItemCode, band, on: decidedOn });
  }

  @Authorized(ALLOWED.filers)
  @Mutation(() => PenaltyCase, { description: "Records (or replaces) a penalty case (行政处罚案件) of the filer's own agency, with the rules of a penalties file row." })
  recordPenaltyCase(@Arg('input', () => PenaltyCaseInput) input: PenaltyCaseInput, @Ctx() ctx: RequestContext) {
    return recordPenaltyCase(ctx, input);
  }
}
