import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { DomainCodeEnum } from '../common/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@ObjectType({ description: "An enforcement item (行政执法事项) on an agency's list of powers (权责清单)." })
export class PowerItem {
  @Field(() => String, { description: 'Code of the agency holding the item.' }) agencyCode!: string;
  @Field(() => String, { description: 'Item code, unique within the agency.' }) itemCode!: string;
  @Field(() => String, { description: 'Name of the item.' }) name!: string;
  @Field(() => DomainCodeEnum, { description: 'Enforcement domain.' }) domain!: DomainCode;
  @Field(() => String, { description: 'Kind of action (行政许可, 行政处罚, 行政检查, …).' }) actionType!: string;
}

export const PowerItemConnection = Connection(PowerItem, 'PowerItem');
