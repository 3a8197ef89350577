import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLBigInt } from '../common/scalars.ts';
import { DomainCodeEnum } from '../common/enums.ts';
import { SIGNAL_KINDS, type SignalKind as Kind } from '../../server/domain/signals/signal.rules.ts';

export const SignalKind = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(SignalKind, {
  name: 'SignalKind',
  description: 'Enforcement pattern signal (执法突出问题研判): 运动式执法 CAMPAIGN, 逐利执法 PROFIT_DRIVEN, 一刀切 ONE_SIZE_FITS_ALL, 机械执法 MECHANICAL.',
});

@ObjectType({ simpleResolvers: true, description: 'A pattern signal (执法突出问题研判, domain.md §4.10): a lead for review computed from the year\'s penalty cases, not a finding.' })
export class SignalRow {
  @Field(() => String, { description: 'Stable id of the signal (KIND:YEAR:AGENCY[:MONTH|:ITEM]); createProblemFromSignal takes it and the problem records it.' }) id!: string;
  @Field(() => SignalKind, { description: 'Which pattern.' }) kind!: Kind;
  @Field(() => Int, { description: 'The year of the cases.' }) year!: number;
  @Field(() => String, { description: 'The agency (执法单位).' }) agencyCode!: string;
  @Field(() => String, { nullable: true, description: 'Name of the agency.' }) agencyName!: string | null;
  @Field(() => String, { description: 'The agency\'s district-level region group (as REGION grouping; the city code for 市直).' }) regionCode!: string;
  @Field(() => String, { nullable: true, description: 'Name of the region group.' }) regionName!: string | null;
  @Field(() => DomainCodeEnum, { nullable: true, description: 'The domain of the signal\'s cases when they share one (always for ONE_SIZE_FITS_ALL: the item\'s).' }) domainCode!: string | null;
  @Field(() => Int, { nullable: true, description: 'The month, 1–12 (CAMPAIGN).' }) month!: number | null;
  @Field(() => String, { nullable: true, description: 'The violation item (ONE_SIZE_FITS_ALL).' }) violationItemCode!: string | null;
  @Field(() => GraphQLBigInt, { description: 'Cases behind the signal: the month\'s (CAMPAIGN), the year\'s (PROFIT_DRIVEN), the item\'s without leniency (ONE_SIZE_FITS_ALL), the first-offence MINOR ones (MECHANICAL).' }) cases!: number;
  @Field(() => Float, { description: 'The month\'s cases (CAMPAIGN), December\'s share of the year\'s fines (PROFIT_DRIVEN), the one fine in yuan (ONE_SIZE_FITS_ALL), the share without leniency (MECHANICAL).' }) value!: number;
  @Field(() => Float, { description: 'What value is compared with: the median month (CAMPAIGN), 1/12 (PROFIT_DRIVEN), the number of bands (ONE_SIZE_FITS_ALL), 0.8 (MECHANICAL).' }) baseline!: number;
  @Field(() => [String], { description: 'Case numbers (案号) of those cases, all of agencyCode: open them with penaltyCases(filter: { agencyCode: { eq }, caseNo: { in } }) or the penaltyCases field.' }) caseNos!: string[];
  @Field(() => String, { description: 'Display label in Chinese.' }) label!: string;
  @Field(() => String, { description: 'Display label in English.' }) labelEn!: string;
}
