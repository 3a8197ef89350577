import { Field, Float } from 'type-graphql';
import { GraphQLBigInt, GraphQLDecimal } from '../common/scalars.ts';
import { measureDescription, rateDescription } from '../../warehouse/catalogue/describe.ts';
import type { View } from '../../warehouse/catalogue/view.ts';
import type { Measure } from '../../warehouse/catalogue/measure.ts';
import type { GraphQLScalarType } from 'graphql';

const SCALARS: Record<Measure['unit'], GraphQLScalarType> = { count: GraphQLBigInt, yuan: GraphQLDecimal, number: Float };

/**
 * Declares a row class's measure and rate fields from its view in the catalogue: counts as
 * BigInt, money as Decimal, means and rates as Float (rates nullable), each described by the catalogue's words.
 */
export function catalogueFields(target: abstract new () => object, view: View): void {
  for (const m of view.measures) {
    Field(() => SCALARS[m.unit], { nullable: m.nullable, description: measureDescription(m) })(target.prototype, m.name);
  }
  for (const r of view.rates) {
    Field(() => Float, { nullable: true, description: rateDescription(r) })(target.prototype, r.name);
  }
}
