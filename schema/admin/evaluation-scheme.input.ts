import { ArgsType, Field, Float, Int } from 'type-graphql';

@ArgsType()
export class SetEvaluationSchemeArgs {
  @Field(() => Int, { description: 'Evaluation year.' }) year!: number;
  @Field(() => Float, { description: 'Weight of quality; quality + supervision + satisfaction must be 1.' }) quality!: number;
  @Field(() => Float, { description: 'Weight of 100 × supervisionRate.' }) supervision!: number;
  @Field(() => Float, { description: 'Weight of satisfaction.' }) satisfaction!: number;
  @Field(() => Float, { defaultValue: 0.4, description: 'wI, weight of the inspection rate.' }) inspection!: number;
  @Field(() => Float, { defaultValue: 0.4, description: 'wE, weight of the item exercise rate.' }) exercise!: number;
  @Field(() => Float, { defaultValue: 0.2, description: 'wF, weight of filing timeliness.' }) timeliness!: number;
  @Field(() => String, { nullable: true, description: 'Why the weights changed (the decision that set them).' }) note?: string | null;
}
