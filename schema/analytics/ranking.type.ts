import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLBigInt } from '../common/scalars.ts';
import { Level } from './scope.input.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: 'One entry of the yearly efficiency evaluation ranking (效能评价, domain.md §4.4): regionCode (市直: the city\'s own code) at level REGION, agencyCode at level AGENCY, and the year.' })
export class RankingRow extends GroupKeys {
  @Field(() => Level, { description: 'Whether this entry is a region group or an agency.' }) level!: 'REGION' | 'AGENCY';
  @Field(() => Float, { nullable: true, description: 'Enforcement quality (执法质量): mean case-file review score, 0–100.' }) quality!: number | null;
  @Field(() => GraphQLBigInt, { description: 'Case-file reviews behind quality.' }) reviews!: number;
  @Field(() => Float, { nullable: true, description: 'Supervision performance rate (监管履行率), 0–1, over the year\'s quarters.' }) supervisionRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Social satisfaction (社会满意度): respondent-weighted mean score, 0–100.' }) satisfaction!: number | null;
  @Field(() => GraphQLBigInt, { description: 'Survey respondents behind satisfaction.' }) respondents!: number;
  @Field(() => Float, { nullable: true, description: 'Overturn rate of reconsiderations and litigations (§4.2), for context.' }) overturnRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'wQ·quality + wS·100·supervisionRate + wT·satisfaction; null when incomplete.' }) composite!: number | null;
  @Field(() => Float, { nullable: true, description: 'composite rounded half up to two decimals: what the rank orders by.' }) compositeRounded!: number | null;
  @Field(() => Int, { nullable: true, description: 'Standard competition rank (1, 2, 2, 4); null when incomplete.' }) rank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the previous year.' }) previousRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'previousRank − rank (positive: moved up); null when either is missing.' }) rankChange!: number | null;
  @Field(() => Boolean, { description: 'A part is missing: listed without composite or rank.' }) incomplete!: boolean;
  @Field(() => [String], { description: 'Names of the missing parts: quality, supervisionRate, satisfaction.' }) missing!: string[];
  @Field(() => Int, { nullable: true, description: '最好名次 — Best rank over the 27 neighbouring schemes (each weight −0.05, 0 or +0.05, none below 0; §4.4 robustness); null when incomplete.' }) bestRank!: number | null;
  @Field(() => Int, { nullable: true, description: '最差名次 — Worst rank over the same 27 neighbouring schemes; null when incomplete. bestRank = worstRank: the rank does not hinge on the weights.' }) worstRank!: number | null;
}
