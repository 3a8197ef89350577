import { Field, Float, InputType, Int } from 'type-graphql';
import { GraphQLDate, GraphQLDateTime, GraphQLDecimal } from './scalars.ts';

/** Operators shared by every filter input; each filter type offers the ones that make sense. */
export interface FilterOperators<T> {
  eq?: T | null;
  ne?: T | null;
  in?: T[] | null;
  notIn?: T[] | null;
  lt?: T | null;
  lte?: T | null;
  gt?: T | null;
  gte?: T | null;
  contains?: string | null;
  startsWith?: string | null;
  isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a code or key.' })
export class StringFilter implements FilterOperators<string> {
  @Field(() => String, { nullable: true }) eq?: string | null;
  @Field(() => String, { nullable: true }) ne?: string | null;
  @Field(() => [String], { nullable: true }) in?: string[] | null;
  @Field(() => [String], { nullable: true }) notIn?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Prefix match.' }) startsWith?: string | null;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a text such as a name; `contains` is a case-insensitive search.' })
export class TextFilter extends StringFilter {
  @Field(() => String, { nullable: true }) contains?: string | null;
}

@InputType({ description: 'Conditions on an integer.' })
export class IntFilter implements FilterOperators<number> {
  @Field(() => Int, { nullable: true }) eq?: number | null;
  @Field(() => Int, { nullable: true }) ne?: number | null;
  @Field(() => [Int], { nullable: true }) in?: number[] | null;
  @Field(() => Int, { nullable: true }) lt?: number | null;
  @Field(() => Int, { nullable: true }) lte?: number | null;
  @Field(() => Int, { nullable: true }) gt?: number | null;
  @Field(() => Int, { nullable: true }) gte?: number | null;
}

@InputType({ description: 'Conditions on a floating-point number.' })
export class FloatFilter implements FilterOperators<number> {
  @Field(() => Float, { nullable: true }) lt?: number | null;
  @Field(() => Float, { nullable: true }) lte?: number | null;
  @Field(() => Float, { nullable: true }) gt?: number | null;
  @Field(() => Float, { nullable: true }) gte?: number | null;
}

@InputType({ description: 'Conditions on an exact decimal such as an amount in yuan.' })
export class DecimalFilter implements FilterOperators<string> {
  @Field(() => GraphQLDecimal, { nullable: true }) eq?: string | null;
  @Field(() => GraphQLDecimal, { nullable: true }) lt?: string | null;
  @Field(() => GraphQLDecimal, { nullable: true }) lte?: string | null;
  @Field(() => GraphQLDecimal, { nullable: true }) gt?: string | null;
  @Field(() => GraphQLDecimal, { nullable: true }) gte?: string | null;
}

@InputType({ description: 'Conditions on a calendar date (YYYY-MM-DD).' })
export class DateFilter implements FilterOperators<Date> {
  @Field(() => GraphQLDate, { nullable: true }) eq?: Date | null;
  @Field(() => GraphQLDate, { nullable: true }) lt?: Date | null;
  @Field(() => GraphQLDate, { nullable: true }) lte?: Date | null;
  @Field(() => GraphQLDate, { nullable: true }) gt?: Date | null;
  @Field(() => GraphQLDate, { nullable: true }) gte?: Date | null;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean | null;
}

@InputType({ description: 'Conditions on an instant.' })
export class DateTimeFilter implements FilterOperators<Date> {
  @Field(() => GraphQLDateTime, { nullable: true }) lt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) lte?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) gt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) gte?: Date | null;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a yes/no value.' })
export class BooleanFilter implements FilterOperators<boolean> {
  @Field(() => Boolean, { nullable: true }) eq?: boolean | null;
}
