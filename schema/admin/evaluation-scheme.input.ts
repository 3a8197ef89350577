import { ArgsType, Field, Float, Int } from 'type-graphql';
import { DEFAULT_SUPERVISION_WEIGHTS as PART_DEFAULTS } from '../../server/domain/evaluation-weights.ts';

@ArgsType()
export class SetEvaluationSchemeArgs {
  @Field(() => Int, { description: 'Evaluation year.' }) year!: number;
  @Field(() => Float, { description: 'Weight of quality; quality + supervision + satisfaction must be 1.' }) quality!: number;
  @Field(() => Float, { description: 'Weight of 100 × supervisionRate.' }) supervision!: number;
  @Field(() => Float, { description: 'Weight of satisfaction.' }) satisfaction!: number;
  @Field(() => Float, { defaultValue: PART_DEFAULTS.inspection, description: 'wI, weight of the inspection rate.' }) inspection!: number;
  @Field(() => Float, { defaultValue: PART_DEFAULTS.exercise, description: 'wE, weight of the item exercise rate.' }) exercise!: number;
  @Field(() => Float, { defaultValue: PART_DEFAULTS.timeliness, description: 'wF, weight of filing timeliness.' }) timeliness!: number;
  @Field(() => String, { nullable: true, description: 'Why the weights changed (the decision that set them).' }) note?: string | null;
}
