import { Authorized, Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { SignalKind, SignalRow } from '../../schema/analytics/signal.type.ts';
import { Scope } from '../../schema/analytics/scope.input.ts';
import { PageArgs } from '../../schema/common/connection.ts';
import { PenaltyCaseConnection } from '../../schema/penalties/penalty-case.type.ts';
import { signalRows } from '../../warehouse/queries/signals.ts';
import { penaltyCaseRepository } from '../../server/db/repositories/penalty-case.repository.ts';
import { boundScope } from '../../server/auth/analytics-scope.ts';
import type { SignalKind as Kind } from '../../server/domain/signals/signal.rules.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => SignalRow)
export class SignalResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => [SignalRow], {
    description: 'Enforcement pattern signals (执法突出问题研判) of a year from the penalty cases in the warehouse: campaign months, year-end fine pushes, one fine for every band, first offences without leniency. Leads naming agencies: a SUPERVISOR sees its region\'s, a FILER its own agency\'s.',
  })
  async enforcementSignals(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('scope', () => Scope, { nullable: true, description: 'Selects the cases by agency, region and the domain of their violation item; years and quarters do not apply.' }) scope?: Scope | null,
    @Arg('kinds', () => [SignalKind], { nullable: true, description: 'Kinds to list; all when absent or empty.' }) kinds?: Kind[] | null,
  ): Promise<SignalRow[]> {
    return signalRows(ctx.warehouse, year, scope, kinds, boundScope(ctx.viewer));
  }

  @FieldResolver(() => PenaltyCaseConnection, { description: 'The cases behind the signal from the operational store (行政处罚案件), as the viewer may see them.' })
  penaltyCases(@Root() signal: SignalRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return penaltyCaseRepository.list(ctx, { ...page, filter: { agencyCode: { eq: signal.agencyCode }, caseNo: { in: signal.caseNos } } });
  }
}
