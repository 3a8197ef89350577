import { Field, InputType } from 'type-graphql';
import { AgencyKindEnum, AgencyLevelEnum, DomainCodeEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { AgencyKind, AgencyLevel } from '../../server/domain/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@InputType({ description: 'An agency to create or replace (upsertAgency); field names as in the import files.' })
export class AgencyInput {
  @Field(() => String, { description: 'Unified social credit code; its check character is verified.' }) agencyCode!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'An existing region.' }) regionCode!: string;
  @Field(() => AgencyLevelEnum) level!: AgencyLevel;
  @Field(() => AgencyKindEnum) kind!: AgencyKind;
  @Field(() => [DomainCodeEnum], { description: 'At least one enforcement domain.' }) domains!: DomainCode[];
  @Field(() => GraphQLDate, { nullable: true }) activeFrom?: Date | null;
  @Field(() => GraphQLDate, { nullable: true }) activeTo?: Date | null;
}
