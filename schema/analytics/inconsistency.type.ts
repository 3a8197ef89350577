import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLBigInt } from '../common/scalars.ts';
import { BandEnum } from '../common/enums.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, description: 'One region group\'s cases of a violation item and band.' })
export class RegionMean {
  @Field(() => String, { description: 'District-level region group.' }) regionCode!: string;
  @Field(() => String, { description: 'Display name of the region group.' }) label!: string;
  @Field(() => GraphQLBigInt, { description: 'Cases of this item and band in the region.' }) cases!: number;
  @Field(() => Float, { description: 'Mean fine in yuan.' }) meanFineYuan!: number;
  @Field(() => Boolean, { description: 'Whether the region has at least minCases cases and so enters the comparison.' }) qualifies!: boolean;
}

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: 'Cross-district inconsistency (同案不同罚) of one violation item and band in a year (domain.md §4.5); domainCode is the item\'s domain.' })
export class InconsistencyRow extends GroupKeys {
  @Field(() => String, { description: 'Violation item (违法行为) code.' }) violationItemCode!: string;
  @Field(() => String, { nullable: true, description: 'Violation item name from the discretion catalogue.' }) itemName!: string | null;
  @Field(() => BandEnum, { description: 'Discretion band.' }) band!: string;
  @Field(() => Int, { description: 'Region groups with at least minCases such cases.' }) regions!: number;
  @Field(() => GraphQLBigInt, { description: 'Cases in those regions.' }) cases!: number;
  @Field(() => Float, { nullable: true, description: 'Mean of the qualifying regions\' mean fines.' }) meanFineYuan!: number | null;
  @Field(() => Float, { nullable: true, description: 'Population standard deviation of the regions\' mean fines.' }) stddevFineYuan!: number | null;
  @Field(() => Float, { nullable: true, description: 'stddevFineYuan / meanFineYuan; null with fewer than 2 regions.' }) coefficientOfVariation!: number | null;
  @Field(() => [RegionMean], { description: 'Every region\'s mean, qualifying or not.' }) regionMeans!: RegionMean[];
}
