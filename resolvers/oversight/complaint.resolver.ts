import { Authorized, Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Complaint, ComplaintConnection } from '../../schema/oversight/complaint.type.ts';
import { ComplaintListArgs } from '../../schema/oversight/complaint.filter.ts';
import { ComplaintInput } from '../../schema/oversight/complaint.input.ts';
import { ComplaintStatusEnum } from '../../schema/common/enums.ts';
import { Agency } from '../../schema/organisation/agency.type.ts';
import type { ComplaintStatus } from '../../server/domain/enums.ts';
import * as repo from '../../server/db/repositories/complaint.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => ComplaintConnection, { description: 'Complaints and reports (投诉举报), filtered, ordered and paged.' })
  complaints(@Args(() => ComplaintListArgs) args: ComplaintListArgs, @Ctx() ctx: RequestContext) {
    return repo.complaintRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Complaint, { nullable: true, description: 'One complaint by id.' })
  complaint(@Arg('id', () => Int) id: number, @Ctx() ctx: RequestContext) {
    return repo.complaintRepository.findByKey(ctx, { id });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency complained about.' })
  agency(@Root() complaint: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(complaint.agencyCode);
  }

  @Authorized(ALLOWED.supervisors)
  @Mutation(() => Complaint, { description: 'Records a complaint; it starts RECEIVED.' })
  recordComplaint(@Arg('input', () => ComplaintInput) input: ComplaintInput, @Ctx() ctx: RequestContext) {
    return repo.recordComplaint(ctx, input);
  }

  @Authorized(ALLOWED.supervisors)
  @Mutation(() => Complaint, { description: 'Moves a complaint on: RECEIVED → HANDLING → RESOLVED or TRANSFERRED (final).' })
  updateComplaintStatus(
    @Arg('id', () => Int) id: number,
    @Arg('status', () => ComplaintStatusEnum) status: ComplaintStatus,
    @Ctx() ctx: RequestContext,
  ) {
    return repo.updateComplaintStatus(ctx, id, status);
  }
}
