import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { CertificateStatusEnum, TrainingTypeEnum } from '../common/enums.ts';
import { GraphQLDecimal } from '../common/scalars.ts';
import type { CertificateStatus, TrainingType } from '../../server/domain/enums.ts';

@ObjectType({ description: 'A law-enforcement officer (执法人员). Name, ID number and phone are personal data.' })
export class Officer {
  @Field(() => String, { description: 'Officer number (执法人员编号), the key.' }) officerNo!: string;
  @Field(() => String, { description: 'Name (personal data).' }) name!: string;
  @Field(() => String, { description: 'Code of the agency the officer serves in.' }) agencyCode!: string;
  @Field(() => String, { nullable: true, description: 'Law-enforcement certificate number (执法证号).' }) certificateNo!: string | null;
  @Field(() => CertificateStatusEnum, { description: 'Certificate status (持证上岗, 动态管理).' }) certificateStatus!: CertificateStatus;
  @Field(() => String, { nullable: true, description: 'Resident ID number (personal data).' }) idNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number (personal data).' }) phone!: string | null;
}

@ObjectType({ description: 'Training hours of one officer in one year and kind (业务 / 法律知识培训; target ≥ 30 each).' })
export class Training {
  @Field(() => String, { description: 'Officer number.' }) officerNo!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => TrainingTypeEnum, { description: 'Kind of training.' }) type!: TrainingType;
  @Field(() => GraphQLDecimal, { description: 'Hours, one decimal.' }) hours!: string;
}

@ObjectType({ description: 'Yearly assessment of an officer (年度考核) and online test score (网上能力测试).' })
export class Assessment {
  @Field(() => String, { description: 'Officer number.' }) officerNo!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => String, { description: 'Assessment result as recorded (优秀, 称职, …).' }) result!: string;
  @Field(() => GraphQLDecimal, { nullable: true, description: 'Online test score 0–100.' }) testScore!: string | null;
}

export const OfficerConnection = Connection(Officer, 'Officer');
