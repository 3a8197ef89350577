import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PowerItem, PowerItemConnection } from '../../schema/workforce/power-item.type.ts';
import { PowerItemListArgs } from '../../schema/workforce/power-item.filter.ts';
import { PowerItemInput } from '../../schema/workforce/power-item.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import { powerItemRepository, recordPowerItem } from '../../server/db/repositories/power-item.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => PowerItem)
export class PowerItemResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => PowerItemConnection, { description: 'Power items (行政执法事项), filtered, ordered and paged.' })
  powerItems(@Args(() => PowerItemListArgs) args: PowerItemListArgs, @Ctx() ctx: RequestContext) {
    return powerItemRepository.list(ctx, args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency holding the item.' })
  agency(@Root() item: PowerItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(item.agencyCode);
  }

  @Authorized(ALLOWED.filers)
  @Mutation(() => PowerItem, { description: "Records (or replaces) an item of the filer's own agency's list of powers (权责清单), with the rules of a powerItems file row." })
  recordPowerItem(@Arg('input', () => PowerItemInput) input: PowerItemInput, @Ctx() ctx: RequestContext) {
    return recordPowerItem(ctx, input);
  }
}
