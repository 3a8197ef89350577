import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLBigInt, GraphQLDecimal } from '../common/scalars.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: 'Penalty discretion (处罚裁量) of a group of penalty cases (domain.md §4.5); a case\'s domain is its violation item\'s.' })
export class PenaltyDiscretionRow extends GroupKeys {
  @Field(() => GraphQLBigInt, { description: 'Penalty cases in the group.' }) cases!: number;
  @Field(() => GraphQLDecimal, { description: 'Σ fines in yuan (罚没金额), exact.' }) finesTotalYuan!: string;
  @Field(() => Float, { nullable: true, description: 'Mean fine in yuan.' }) meanFineYuan!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median fine (linear interpolation, as a spreadsheet MEDIAN).' }) medianFineYuan!: number | null;
  @Field(() => Float, { nullable: true, description: '10th percentile fine (PERCENTILE.INC).' }) p10FineYuan!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile fine (PERCENTILE.INC).' }) p90FineYuan!: number | null;
  @Field(() => GraphQLDecimal, { nullable: true, description: 'Smallest fine.' }) minFineYuan!: string | null;
  @Field(() => GraphQLDecimal, { nullable: true, description: 'Largest fine.' }) maxFineYuan!: string | null;
  @Field(() => GraphQLBigInt, { description: 'Cases with leniency NONE: the denominator of outOfBandRate.' }) noLeniencyCases!: number;
  @Field(() => GraphQLBigInt, { description: 'Cases with leniency NONE whose fine lies outside the band range in force on the decision date.' }) outOfBandCases!: number;
  @Field(() => GraphQLBigInt, { description: 'Cases with leniency NONE for which no standard was in force (counted in the denominator, never as out of band).' }) casesWithoutStandard!: number;
  @Field(() => GraphQLBigInt, { description: 'Cases with leniency other than NONE (两轻两免 applied).' }) leniencyCases!: number;
  @Field(() => GraphQLBigInt, { description: 'First-offence MINOR cases.' }) firstOffenceMinorCases!: number;
  @Field(() => GraphQLBigInt, { description: 'First-offence MINOR cases with leniency.' }) firstOffenceMinorLeniencyCases!: number;
  @Field(() => Float, { nullable: true, description: 'outOfBandCases / noLeniencyCases.' }) outOfBandRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'leniencyCases / cases.' }) leniencyRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'firstOffenceMinorLeniencyCases / firstOffenceMinorCases (两轻两免 at work).' }) firstOffenceLeniencyRate!: number | null;
}
