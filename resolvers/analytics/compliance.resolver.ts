import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ComplianceRow } from '../../schema/analytics/compliance.type.ts';
import { Dimension, Scope, dimensions } from '../../schema/analytics/scope.input.ts';
import { complianceView } from '../../warehouse/catalogue/compliance.view.ts';
import { viewRows } from '../../warehouse/catalogue/view-rows.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver()
export class ComplianceResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [ComplianceRow], { description: '三项制度 — Disclosure, full-process recording and legal review rates (domain.md §4.8) by the chosen dimensions.' })
  async enforcementCompliance(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [Dimension]) groupBy: Dimension[],
    @Arg('scope', () => Scope, { nullable: true }) scope?: Scope | null,
  ): Promise<ComplianceRow[]> {
    return viewRows(ctx.warehouse, complianceView, scope, dimensions(groupBy));
  }
}
