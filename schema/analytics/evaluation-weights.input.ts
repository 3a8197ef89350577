import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: '效能评价权重 — What-if weights of the composite (domain.md §4.4), replacing the year\'s scheme for one query; nothing is stored.' })
export class EvaluationWeightsInput {
  @Field(() => Float, { description: '执法质量权重 — wQ, weight of quality.' }) quality!: number;
  @Field(() => Float, { description: '监管履行率权重 — wS, weight of 100 × supervisionRate.' }) supervision!: number;
  @Field(() => Float, { description: '社会满意度权重 — wT, weight of satisfaction.' }) satisfaction!: number;
}
