import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The weights of one year\'s efficiency evaluation (效能评价方案): composite weights and supervision-rate part weights.' })
export class EvaluationScheme {
  @Field(() => Int, { description: 'Evaluation year.' }) year!: number;
  @Field(() => Float, { description: 'Weight of enforcement quality in the composite.' }) quality!: number;
  @Field(() => Float, { description: 'Weight of 100 × supervisionRate in the composite.' }) supervision!: number;
  @Field(() => Float, { description: 'Weight of social satisfaction in the composite.' }) satisfaction!: number;
  @Field(() => Float, { description: 'wI, weight of the inspection rate in the supervision rate.' }) inspection!: number;
  @Field(() => Float, { description: 'wE, weight of the item exercise rate in the supervision rate.' }) exercise!: number;
  @Field(() => Float, { description: 'wF, weight of filing timeliness in the supervision rate.' }) timeliness!: number;
  @Field(() => Boolean, { description: 'True when no scheme is stored for the year and the defaults of the plan apply.' }) isDefault!: boolean;
}
