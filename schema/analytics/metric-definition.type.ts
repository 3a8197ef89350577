import { Field, ObjectType } from 'type-graphql';
import { Dimension } from './scope.input.ts';

@ObjectType({ simpleResolvers: true, description: '指标定义 — One metric of the dictionary, generated from the metric catalogue (docs/metrics.md holds the same list).' })
export class MetricDefinition {
  @Field(() => String, { description: '字段名 — The row field carrying the metric.' }) name!: string;
  @Field(() => String, { description: '口径出处 — Section of the metric dictionary (domain.md §4).' }) section!: string;
  @Field(() => String, { description: '中文名称 — Chinese title.' }) titleZh!: string;
  @Field(() => String, { description: '英文名称 — English title.' }) titleEn!: string;
  @Field(() => String, { description: '计算公式 — The formula in words.' }) formula!: string;
  @Field(() => [String], { description: '分子 — Fields summed in the numerator.' }) numerator!: string[];
  @Field(() => [String], { description: '分母 — Fields summed in the denominator.' }) denominator!: string[];
  @Field(() => [String], { description: '查询 — Queries that serve it.' }) queries!: string[];
  @Field(() => [Dimension], { description: '维度 — Dimensions it can be grouped by.' }) dimensions!: Dimension[];
  @Field(() => String, { nullable: true, description: '说明 — Reading of the spec, in Chinese.' }) noteZh!: string | null;
  @Field(() => String, { nullable: true, description: 'Reading of the spec, in English.' }) noteEn!: string | null;
}
