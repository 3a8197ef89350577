import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { BandEnum, DomainCodeEnum } from '../common/enums.ts';
import { GraphQLDate, GraphQLDecimal } from '../common/scalars.ts';
import type { Band } from '../../server/domain/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@ObjectType({ description: 'One band of a discretion standard (行政处罚自由裁量权基准) for a violation item, valid over a period.' })
export class Standard {
  @Field(() => String, { description: 'Violation item code (违法行为编码).' }) violationItemCode!: string;
  @Field(() => BandEnum, { description: 'Discretion band (裁量阶次).' }) band!: Band;
  @Field(() => GraphQLDate, { description: 'First day of validity.' }) validFrom!: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'Last day of validity; null: still in force.' }) validTo!: string | null;
  @Field(() => String, { description: 'Name of the violation item.' }) name!: string;
  @Field(() => DomainCodeEnum, { description: 'Enforcement domain.' }) domain!: DomainCode;
  @Field(() => String, { nullable: true, description: 'Legal basis (法律依据).' }) legalBasis!: string | null;
  @Field(() => GraphQLDecimal, { description: 'Lowest fine of the band, yuan.' }) minYuan!: string;
  @Field(() => GraphQLDecimal, { description: 'Highest fine of the band, yuan.' }) maxYuan!: string;
}

export const StandardConnection = Connection(Standard, 'Standard');
