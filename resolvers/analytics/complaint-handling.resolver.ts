import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ComplaintHandlingRow } from '../../schema/analytics/complaint-handling.type.ts';
import { Dimension, Scope, dimensions } from '../../schema/analytics/scope.input.ts';
import { ComplaintChannelEnum } from '../../schema/common/enums.ts';
import { complaintView } from '../../warehouse/catalogue/complaint.view.ts';
import { viewRows } from '../../warehouse/catalogue/view-rows.ts';
import type { ComplaintChannel } from '../../server/domain/enums.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';
import { boundScope } from '../../server/auth/analytics-scope.ts';
import { publishableRows } from '../../server/auth/small-cells.ts';

@Resolver()
export class ComplaintHandlingResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [ComplaintHandlingRow], {
    description: '投诉举报办理 — Complaints received, resolved, transferred to the discipline-inspection organs and the median days to resolution, by the quarter of receipt. A SUPERVISOR sees its region\'s, a FILER its own agency\'s; PUBLIC no cell of fewer than MIN_CELL_RECORDS complaints.',
  })
  async complaintHandling(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [Dimension]) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
    // Channel is a complaint's own attribute, so it is an argument here rather than a Dimension every analytics query would have to refuse.
    @Arg('channels', () => [ComplaintChannelEnum], { nullable: true, description: '投诉举报渠道 — Channels to count; all when absent or empty.' }) channels?: ComplaintChannel[] | null,
    @Arg('byChannel', () => Boolean, { defaultValue: false, description: 'Also group by channel (each row then carries its channel).' }) byChannel = false,
  ): Promise<ComplaintHandlingRow[]> {
    const rows = await viewRows(ctx.warehouse, complaintView, scope, dimensions(groupBy), {
      bound: boundScope(ctx.viewer),
      filters: [{ column: 'channel', values: channels }],
      extraKeys: byChannel ? [{ column: 'channel', alias: 'channel' }] : [],
    });
    const served = rows.map((r) => ({ channel: null, ...r }) as ComplaintHandlingRow);
    return publishableRows(ctx.viewer, ctx.config.minCellRecords, served, (r) => r.received);
  }
}
