import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ClueTransferRow } from '../../schema/analytics/clue-transfer.type.ts';
import { Dimension, Scope, dimensions } from '../../schema/analytics/scope.input.ts';
import { clueView } from '../../warehouse/catalogue/clue.view.ts';
import { viewRows } from '../../warehouse/catalogue/view-rows.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';
import { boundScope } from '../../server/auth/analytics-scope.ts';

@Resolver()
export class ClueTransferResolver {
  // Transfers to the discipline-inspection organs are not published: signed-in roles only, each within its scope.
  @Authorized(ALLOWED.signedIn)
  @Query(() => [ClueTransferRow], {
    description: '问题线索移送纪检监察 — Clues registered, transferred and with feedback, and the median days from registration to transfer, by the year (and quarter) of registration. A SUPERVISOR sees its region\'s, a FILER its own agency\'s.',
  })
  async clueTransfers(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [Dimension]) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
  ): Promise<ClueTransferRow[]> {
    return viewRows(ctx.warehouse, clueView, scope, dimensions(groupBy), { bound: boundScope(ctx.viewer) });
  }
}
