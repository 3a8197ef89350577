import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { WarningKind, WarningRow } from '../../schema/analytics/warning.type.ts';
import { Scope } from '../../schema/analytics/scope.input.ts';
import { GraphQLDate, isoDate } from '../../schema/common/scalars.ts';
import { warningRows } from '../../server/db/queries/warnings/index.ts';
import type { WarningKind as Kind } from '../../server/domain/warnings/warning.rules.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver()
export class WarningResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => [WarningRow], {
    description: 'Early warnings (预警: 黄牌 YELLOW, 红牌 RED) as of a date, from the operational store: filings due within 7 days or missing, problems within 14 days of or past their deadline, progress reports due or missing. RED first, then by due date. A SUPERVISOR sees its region\'s, a FILER its own agency\'s.',
  })
  async warnings(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLDate) asOf: Date,
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
    @Arg('kinds', () => [WarningKind], { nullable: true, description: 'Kinds to list; all when absent or empty.' }) kinds?: Kind[] | null,
  ): Promise<WarningRow[]> {
    return warningRows(ctx, isoDate(asOf), scope, kinds);
  }
}
