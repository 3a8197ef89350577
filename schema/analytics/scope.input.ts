import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLDomainCodeInput } from '../common/domain-code.scalar.ts';
import type { DomainCode } from '../../server/domain/domains.ts';
import type { Scope as ScopeShape, Dimension as DimensionName } from '../../warehouse/queries/scope.ts';

export enum Dimension {
  REGION = 'REGION',
  AGENCY = 'AGENCY',
  DOMAIN = 'DOMAIN',
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
}
registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'What analytics rows are grouped by. REGION groups agencies under their district-level region (市直 for city-level agencies); DOMAIN counts an agency under each of its domains; QUARTER alone groups quarters of different years together (add YEAR for a time series).',
});

export enum Level {
  REGION = 'REGION',
  AGENCY = 'AGENCY',
}
registerEnumType(Level, { name: 'Level', description: 'Whom the efficiency evaluation ranks: district-level regions or agencies.' });

@InputType({ description: 'Which records an analytics query covers; an absent or empty list does not restrict.' })
export class Scope implements ScopeShape {
  @Field(() => [Int], { nullable: true, description: 'Calendar years.' }) years?: number[] | null;
  @Field(() => [Int], { nullable: true, description: 'Quarters 1–4.' }) quarters?: number[] | null;
  @Field(() => [String], { nullable: true, description: 'Regions, each with every region under it.' }) regionCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Agencies (统一社会信用代码).' }) agencyCodes?: string[] | null;
  @Field(() => [GraphQLDomainCodeInput], {
    nullable: true,
    description: 'Enforcement domains (执法领域): DomainCode values, as enum literals ([FOOD_DRUG]) or strings (["FOOD_DRUG"]).',
  })
  domainCodes?: DomainCode[] | null;
}

export const dimensions = (groupBy: Dimension[]): DimensionName[] => groupBy as DimensionName[];
