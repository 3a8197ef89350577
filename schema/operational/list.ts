import { ArgsType, Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import { PageArgs } from '../common/connection.ts';
import { OrderDirection } from '../common/order.ts';

/** One ordering key of a list: `{ field: <Name>OrderField, direction }`. */
export interface OrderTerm<O extends string> {
  field: O;
  direction: OrderDirection;
}

/** The `<Name>OrderField` enum and the `<Name>Order` input for the given sortable fields. */
function OrderInput<const O extends string>(name: string, fields: readonly O[]) {
  const fieldEnum = Object.fromEntries(fields.map((f) => [f, f])) as { [K in O]: K };
  registerEnumType(fieldEnum, { name: `${name}OrderField`, description: `What ${name} records can be ordered by.` });

  @InputType(`${name}Order`, { description: `One ordering key for ${name} records; later keys break ties.` })
  class Order implements OrderTerm<O> {
    @Field(() => fieldEnum, { description: 'The field to order by.' }) field!: O;
    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
    direction!: OrderDirection;
  }
  return Order;
}

/** Arguments of a list query: page, `filter` and `orderBy` (a list of keys, applied in order). */
export function ListArgs<F extends object, const O extends string>(name: string, Filter: ClassType<F>, orderFields: readonly O[]) {
  const Order = OrderInput(name, orderFields);

  @ArgsType()
  class Args extends PageArgs {
    @Field(() => Filter, { nullable: true, description: `Conditions on ${name} records; all must hold.` })
    filter?: F | null;

    @Field(() => [Order], { nullable: true, description: 'Ordering keys; the record key breaks remaining ties.' })
    orderBy?: OrderTerm<O>[] | null;
  }
  return Args;
}
