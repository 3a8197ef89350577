import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLBigInt, GraphQLDate } from '../common/scalars.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: 'Problem rectification progress (突出问题整治, 对账销号) as of a date (domain.md §4.6). YEAR and QUARTER group by the date a problem was identified.' })
export class RectificationRow extends GroupKeys {
  @Field(() => GraphQLDate, { description: 'The snapshot date.' }) asOf!: string;
  @Field(() => GraphQLBigInt, { description: 'Problems identified on or before asOf.' }) total!: number;
  @Field(() => GraphQLBigInt, { description: 'Problems RECTIFIED or VERIFIED at asOf.' }) rectified!: number;
  @Field(() => GraphQLBigInt, { description: 'Problems VERIFIED (销号) at asOf.' }) verified!: number;
  @Field(() => GraphQLBigInt, { description: 'Problems not rectified whose deadline is before asOf.' }) overdue!: number;
  @Field(() => Float, { nullable: true, description: 'rectified / total.' }) rectificationRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'verified / total.' }) verificationRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from identifiedOn to the first RECTIFIED event, over rectified problems.' }) medianDaysToRectify!: number | null;
}
