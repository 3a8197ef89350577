import { Field, InputType, Int } from 'type-graphql';
import { CertificateStatusEnum, TrainingTypeEnum } from '../common/enums.ts';
import { GraphQLDecimal } from '../common/scalars.ts';
import type { CertificateStatus, TrainingType } from '../../server/domain/enums.ts';

@InputType({ description: 'An officer to create or replace (upsertOfficer).' })
export class OfficerInput {
  @Field(() => String) officerNo!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'An existing agency.' }) agencyCode!: string;
  @Field(() => String, { nullable: true }) certificateNo?: string | null;
  @Field(() => CertificateStatusEnum, { nullable: true, description: 'Default VALID.' }) certificateStatus?: CertificateStatus | null;
  @Field(() => String, { nullable: true, description: '18-character resident ID number with its check character.' }) idNumber?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType({ description: "An officer's training hours of one year and kind (recordTraining replaces them)." })
export class TrainingInput {
  @Field(() => String, { description: 'An existing officer.' }) officerNo!: string;
  @Field(() => Int) year!: number;
  @Field(() => TrainingTypeEnum) type!: TrainingType;
  @Field(() => GraphQLDecimal, { description: 'Hours ≥ 0, one decimal.' }) hours!: string;
}

@InputType({ description: "An officer's yearly assessment (年度考核) and online test score (网上能力测试); recordAssessment replaces the same officer and year." })
export class AssessmentInput {
  @Field(() => String, { description: 'An existing officer.' }) officerNo!: string;
  @Field(() => Int, { description: 'Year assessed (考核年度).' }) year!: number;
  @Field(() => String, { description: 'Assessment result as recorded (考核结果: 优秀, 称职, …).' }) result!: string;
  @Field(() => GraphQLDecimal, { nullable: true, description: 'Online test score 0–100, two decimals; null when not taken.' }) testScore?: string | null;
}
