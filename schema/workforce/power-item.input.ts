import { Field, InputType } from 'type-graphql';
import { DomainCodeEnum } from '../common/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@InputType({ description: "An enforcement item (行政执法事项) of an agency's list of powers (权责清单); recordPowerItem replaces the same agency and item code." })
export class PowerItemInput {
  @Field(() => String, { description: 'An existing agency: the one holding the item.' }) agencyCode!: string;
  @Field(() => String, { description: 'Item code (事项编码), unique within the agency.' }) itemCode!: string;
  @Field(() => String, { description: 'Name of the item (事项名称).' }) name!: string;
  @Field(() => DomainCodeEnum, { description: 'Enforcement domain (执法领域).' }) domain!: DomainCode;
  @Field(() => String, { description: 'Kind of action as the list names it (职权类别: 行政许可, 行政处罚, 行政检查, …).' }) actionType!: string;
}
