import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Region, RegionConnection } from '../../schema/organisation/region.type.ts';
import { RegionListArgs } from '../../schema/organisation/region.filter.ts';
import { RegionInput } from '../../schema/organisation/region.input.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import { regionRepository, upsertRegion } from '../../server/db/repositories/region.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Region)
export class RegionResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => RegionConnection, { description: 'Regions (地区), filtered, ordered and paged.' })
  regions(@Args(() => RegionListArgs) args: RegionListArgs, @Ctx() ctx: RequestContext) {
    return regionRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Region, { nullable: true, description: 'One region by code; null when there is none.' })
  region(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.region.load(code);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The parent region (上级地区); null for the city.' })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext) {
    return region.parentCode ? ctx.loaders.region.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: 'The regions directly under this one (下级地区).' })
  children(@Root() region: Region, @Ctx() ctx: RequestContext) {
    return ctx.loaders.regionChildren.load(region.code);
  }

  @FieldResolver(() => [Region], { description: 'Every region above this one, nearest first, up to the city.' })
  async ancestors(@Root() region: Region, @Ctx() ctx: RequestContext) {
    const chain: Region[] = [];
    // Each step is one batched query for all regions of the page; the seen-check guards bad data.
    for (let code = region.parentCode; code && !chain.some((r) => r.code === code); ) {
      const parent = await ctx.loaders.region.load(code);
      if (!parent) break;
      chain.push(parent);
      code = parent.parentCode;
    }
    return chain;
  }

  @FieldResolver(() => [Agency], { description: 'Agencies registered directly in this region.' })
  agencies(@Root() region: Region, @Ctx() ctx: RequestContext) {
    return ctx.loaders.regionAgencies.load(region.code);
  }

  @Authorized(ALLOWED.admin)
  @Mutation(() => Region, { description: 'Creates or replaces a region (the tree must stay a tree).' })
  upsertRegion(@Arg('input', () => RegionInput) input: RegionInput, @Ctx() ctx: RequestContext) {
    return upsertRegion(ctx, input);
  }
}
