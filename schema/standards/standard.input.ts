import { Field, InputType } from 'type-graphql';
import { BandEnum, DomainCodeEnum } from '../common/enums.ts';
import { GraphQLDate, GraphQLDecimal } from '../common/scalars.ts';
import type { Band } from '../../server/domain/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@InputType({ description: 'One band of a discretion standard (裁量基准) to record; replaces the same item, band and validFrom.' })
export class StandardInput {
  @Field(() => String, { description: 'Violation item code (违法行为编码).' }) violationItemCode!: string;
  @Field(() => BandEnum, { description: 'Discretion band (裁量阶次).' }) band!: Band;
  @Field(() => GraphQLDate, { description: 'First day in force (生效日期).' }) validFrom!: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'Last day in force (失效日期), not before validFrom; null: open-ended.' }) validTo?: Date | null;
  @Field(() => String, { description: 'Name of the violation (违法行为名称).' }) name!: string;
  @Field(() => DomainCodeEnum, { description: 'Enforcement domain (执法领域).' }) domain!: DomainCode;
  @Field(() => String, { nullable: true, description: 'Legal basis (处罚依据).' }) legalBasis?: string | null;
  @Field(() => GraphQLDecimal, { description: 'Lowest fine in yuan (罚款下限) ≥ 0.' }) minYuan!: string;
  @Field(() => GraphQLDecimal, { description: 'Highest fine in yuan (罚款上限), not below minYuan.' }) maxYuan!: string;
}
