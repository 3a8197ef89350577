import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { AgencyKindEnum, AgencyLevelEnum, DomainCodeEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { AgencyKind, AgencyLevel } from '../../server/domain/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@ObjectType({ simpleResolvers: true, description: 'An administrative law-enforcement agency (行政执法单位).' })
export class Agency {
  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), the agency key.' })
  code!: string;

  @Field(() => String, { description: 'Name of the agency.' })
  name!: string;

  @Field(() => String, { description: 'Code of the region the agency belongs to.' })
  regionCode!: string;

  @Field(() => AgencyLevelEnum, { description: 'Government level (市/区/乡).' })
  level!: AgencyLevel;

  @Field(() => AgencyKindEnum, { description: 'Kind of agency.' })
  kind!: AgencyKind;

  @Field(() => [DomainCodeEnum], { description: 'Enforcement domains (执法领域) the agency works in.' })
  domains!: DomainCode[];

  @Field(() => GraphQLDate, { nullable: true, description: 'First day of activity; null: active from the start.' })
  activeFrom!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day of activity; null: still active.' })
  activeTo!: string | null;
}

export const AgencyConnection = Connection(Agency, 'Agency');
