import { Authorized, Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, AgencyConnection } from '../../schema/organisation/agency.type.ts';
import { AgencyListArgs } from '../../schema/organisation/agency.filter.ts';
import { AgencyInput } from '../../schema/organisation/agency.input.ts';
import { Region } from '../../schema/organisation/region.type.ts';
import { Officer } from '../../schema/workforce/officer.type.ts';
import { PowerItem } from '../../schema/workforce/power-item.type.ts';
import { Filing } from '../../schema/filings/filing.type.ts';
import { agencyRepository, upsertAgency } from '../../server/db/repositories/agency.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => AgencyConnection, { description: 'Agencies (行政执法单位), filtered, ordered and paged.' })
  agencies(@Args(() => AgencyListArgs) args: AgencyListArgs, @Ctx() ctx: RequestContext) {
    return agencyRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Agency, { nullable: true, description: 'One agency by its unified social credit code.' })
  agency(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(code);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region the agency belongs to.' })
  region(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return ctx.loaders.region.load(agency.regionCode);
  }

  @FieldResolver(() => [Officer], { description: 'Officers of the agency, by officer number.' })
  officers(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agencyOfficers.load(agency.code);
  }

  @FieldResolver(() => [Filing], { description: 'Quarterly filings of the agency, oldest first.' })
  filings(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agencyFilings.load(agency.code);
  }

  @FieldResolver(() => [PowerItem], { description: 'Power items (权责清单) of the agency.' })
  powerItems(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agencyPowerItems.load(agency.code);
  }

  @Authorized(ALLOWED.admin)
  @Mutation(() => Agency, { description: 'Creates or replaces an agency; its code must carry a valid check character.' })
  upsertAgency(@Arg('input', () => AgencyInput) input: AgencyInput, @Ctx() ctx: RequestContext) {
    return upsertAgency(ctx, input);
  }
}
