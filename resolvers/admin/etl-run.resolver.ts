import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { EtlRun } from '../../schema/admin/etl-run.type.ts';
import { latestEtlRuns } from '../../server/db/queries/etl-runs.ts';
import { pageSize } from '../../server/db/queries/page.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => EtlRun)
export class EtlRunResolver {
  @Authorized(ALLOWED.runReaders)
  @Query(() => [EtlRun], { description: 'The latest ETL runs, newest first: is the warehouse up to date, did the last run fail.' })
  etlRuns(@Arg('first', () => Int, { defaultValue: 20, description: 'How many runs.' }) first: number, @Ctx() ctx: RequestContext) {
    return latestEtlRuns(ctx.store.db, pageSize(first, ctx.config.maxPageSize));
  }
}
