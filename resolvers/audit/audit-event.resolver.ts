import { Authorized, Args, Ctx, Query, Resolver } from 'type-graphql';
import { AuditEvent, AuditEventConnection } from '../../schema/audit/audit-event.type.ts';
import { AuditEventListArgs } from '../../schema/audit/audit-event.filter.ts';
import { auditEventRepository } from '../../server/db/repositories/audit-event.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized(ALLOWED.admin)
  @Query(() => AuditEventConnection, { description: 'The audit trail (全程留痕), newest first by default, filtered and paged.' })
  auditEvents(@Args(() => AuditEventListArgs) args: AuditEventListArgs, @Ctx() ctx: RequestContext) {
    return auditEventRepository.list(ctx, args);
  }
}
