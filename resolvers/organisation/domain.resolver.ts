import { Authorized, Query, Resolver } from 'type-graphql';
import { EnforcementDomain } from '../../schema/organisation/domain.type.ts';
import { ENFORCEMENT_DOMAINS } from '../../server/domain/domains.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => EnforcementDomain)
export class EnforcementDomainResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [EnforcementDomain], { description: 'The enforcement domains (执法领域) of the plan, in list order.' })
  enforcementDomains(): EnforcementDomain[] {
    return [...ENFORCEMENT_DOMAINS];
  }
}
