import { Field, Float } from 'type-graphql';
import { GraphQLBigInt } from '../common/scalars.ts';
import { measureDescription, rateDescription } from '../../warehouse/catalogue/describe.ts';
import type { View } from '../../warehouse/catalogue/view.ts';

/**
 * Declares a row class's measure and rate fields from its view in the catalogue: counts as
 * BigInt, means and rates as Float (rates nullable), each described by the catalogue's words.
 */
export function catalogueFields(target: abstract new () => object, view: View): void {
  for (const m of view.measures) {
    Field(() => (m.nullable ? Float : GraphQLBigInt), { nullable: m.nullable, description: measureDescription(m) })(target.prototype, m.name);
  }
  for (const r of view.rates) {
    Field(() => Float, { nullable: true, description: rateDescription(r) })(target.prototype, r.name);
  }
}
