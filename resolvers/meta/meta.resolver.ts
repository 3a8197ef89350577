import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Meta } from '../../schema/meta/meta.type.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { PLATFORM_VERSION } from '../../server/version.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver()
export class MetaResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => Meta, { description: 'Version and engines of this deployment.' })
  meta(@Ctx() ctx: RequestContext): Meta {
    return { version: PLATFORM_VERSION, store: ctx.store.kind };
  }
}
