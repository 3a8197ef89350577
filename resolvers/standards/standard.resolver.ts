import { Authorized, Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Standard, StandardConnection } from '../../schema/standards/standard.type.ts';
import { StandardListArgs } from '../../schema/standards/standard.filter.ts';
import { StandardInput } from '../../schema/standards/standard.input.ts';
import { BandEnum } from '../../schema/common/enums.ts';
import { GraphQLDate, isoDate } from '../../schema/common/scalars.ts';
import type { Band } from '../../server/domain/enums.ts';
import { recordStandard, standardRepository } from '../../server/db/repositories/standard.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Standard)
export class StandardResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => StandardConnection, { description: 'Discretion standards (裁量基准) by band and validity, filtered, ordered and paged.' })
  standards(@Args(() => StandardListArgs) args: StandardListArgs, @Ctx() ctx: RequestContext) {
    return standardRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Standard, { nullable: true, description: 'The band of a violation item in force on a day; null when none is.' })
  standard(
    @Arg('violationItemCode', () => String) violationItemCode: string,
    @Arg('band', () => BandEnum) band: Band,
    @Arg('on', () => GraphQLDate) on: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.loaders.standardInForce.load({ violationItemCode, band, on: isoDate(on) });
  }

  @Authorized(ALLOWED.admin)
  @Mutation(() => Standard, { description: 'Records (or replaces) one band of a discretion standard (裁量基准): city-wide reference data, set by the justice bureau (市司法局).' })
  recordStandard(@Arg('input', () => StandardInput) input: StandardInput, @Ctx() ctx: RequestContext) {
    return recordStandard(ctx, input);
  }
}
