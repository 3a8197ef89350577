import { Field, Float, ObjectType } from 'type-graphql';
import { supervisionView } from '../../warehouse/catalogue/supervision.view.ts';
import { bilingual } from '../../warehouse/catalogue/describe.ts';
import type { ViewValues } from '../../warehouse/catalogue/view.ts';
import { catalogueFields } from './catalogue-fields.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: bilingual(supervisionView) })
export class SupervisionRateRow extends GroupKeys {
  @Field(() => Float, { nullable: true, description: '监管履行率 — (wI·rI + wE·rE + wF·rF) / Σ weights of the non-null parts.' }) supervisionRate!: number | null;
  @Field(() => Float, { description: 'Weight wI used.' }) inspectionWeight!: number;
  @Field(() => Float, { description: 'Weight wE used.' }) exerciseWeight!: number;
  @Field(() => Float, { description: 'Weight wF used.' }) timelinessWeight!: number;
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SupervisionRateRow extends ViewValues<typeof supervisionView> {}
catalogueFields(SupervisionRateRow, supervisionView);
