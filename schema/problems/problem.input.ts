import { ArgsType, Field, InputType } from 'type-graphql';
import { DomainCodeEnum, ProblemCategoryEnum, ProblemSourceEnum, ProblemStatusEnum } from '../common/enums.ts';
import { GraphQLDate } from '../common/scalars.ts';
import type { ProblemCategory, ProblemSource, ProblemStatus } from '../../server/domain/enums.ts';
import type { DomainCode } from '../../server/domain/domains.ts';

@InputType({ description: 'A new problem (createProblem); it starts IDENTIFIED on identifiedOn.' })
export class ProblemInput {
  @Field(() => String) problemCode!: string;
  @Field(() => String, { description: 'An existing region.' }) regionCode!: string;
  @Field(() => String, { nullable: true, description: 'An existing agency, if one is concerned.' }) agencyCode?: string | null;
  @Field(() => DomainCodeEnum) domain!: DomainCode;
  @Field(() => ProblemCategoryEnum) category!: ProblemCategory;
  @Field(() => String) description!: string;
  @Field(() => ProblemSourceEnum) source!: ProblemSource;
  @Field(() => GraphQLDate) identifiedOn!: Date;
  @Field(() => GraphQLDate, { description: 'Not before identifiedOn.' }) deadline!: Date;
  @Field(() => String, { nullable: true, description: 'Note on the IDENTIFIED event.' }) note?: string | null;
}

@ArgsType()
export class ProblemStatusEventArgs {
  @Field(() => String, { description: 'An existing problem.' }) problemCode!: string;
  @Field(() => ProblemStatusEnum, { description: 'Must be an allowed next status.' }) status!: ProblemStatus;
  @Field(() => GraphQLDate, { description: 'Not before the previous event.' }) statusOn!: Date;
  @Field(() => String, { nullable: true }) note?: string | null;
}
