import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: 'Weights of the supervision-rate parts, overriding the year\'s evaluation scheme for one query.' })
export class SupervisionWeightsInput {
  @Field(() => Float, { description: 'wI, weight of the inspection rate.' }) inspection!: number;
  @Field(() => Float, { description: 'wE, weight of the item exercise rate.' }) exercise!: number;
  @Field(() => Float, { description: 'wF, weight of filing timeliness.' }) timeliness!: number;
}
