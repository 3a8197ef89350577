import { Query, Resolver } from 'type-graphql';
import { EnforcementDomain } from '../../schema/organisation/domain.type.ts';
import { ENFORCEMENT_DOMAINS } from '../../server/domain/domains.ts';

@Resolver(() => EnforcementDomain)
export class EnforcementDomainResolver {
  @Query(() => [EnforcementDomain], { description: 'The enforcement domains (执法领域) of the plan, in list order.' })
  enforcementDomains(): EnforcementDomain[] {
    return [...ENFORCEMENT_DOMAINS];
  }
}
