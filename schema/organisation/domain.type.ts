import { Field, ObjectType } from 'type-graphql';
import { DomainCodeEnum } from '../common/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@ObjectType({ description: 'An enforcement domain (执法领域) of the reference list.' })
export class EnforcementDomain {
  @Field(() => DomainCodeEnum, { description: 'Domain code.' }) code!: DomainCode;
  @Field(() => String, { description: 'Chinese name.' }) nameZh!: string;
  @Field(() => String, { description: 'English name.' }) nameEn!: string;
}
