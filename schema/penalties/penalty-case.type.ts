import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { BandEnum, LeniencyEnum, PartyTypeEnum } from '../common/enums.ts';
import { GraphQLDate, GraphQLDecimal } from '../common/scalars.ts';
import type { Band, Leniency, PartyType } from '../../server/domain/enums.ts';

@ObjectType({ description: 'An administrative penalty case (行政处罚案件). Party name, ID number and phone are personal data.' })
export class PenaltyCase {
  @Field(() => String, { description: 'Code of the deciding agency.' }) agencyCode!: string;
  @Field(() => String, { description: 'Case number (案号), unique within the agency.' }) caseNo!: string;
  @Field(() => GraphQLDate, { description: 'Decision date (决定日期).' }) decidedOn!: string;
  @Field(() => Int, { description: 'Year of the decision.' }) year!: number;
  @Field(() => Int, { description: 'Quarter of the decision, 1–4.' }) quarter!: number;
  @Field(() => String, { description: 'Violation item code (违法行为编码).' }) violationItemCode!: string;
  @Field(() => PartyTypeEnum, { description: 'Kind of party (当事人类型).' }) partyType!: PartyType;
  @Field(() => String, { nullable: true, description: 'Party name (personal data for individuals).' }) partyName!: string | null;
  @Field(() => String, { nullable: true, description: 'Party ID or credit code (personal data).' }) partyIdNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Party phone (personal data).' }) partyPhone!: string | null;
  @Field(() => BandEnum, { description: 'Discretion band applied (裁量阶次).' }) band!: Band;
  @Field(() => LeniencyEnum, { description: 'Leniency applied (两轻两免).' }) leniency!: Leniency;
  @Field(() => Boolean, { description: 'First offence (首违).' }) firstOffence!: boolean;
  @Field(() => GraphQLDecimal, { description: 'Fine in yuan (罚款金额).' }) fineYuan!: string;
  @Field(() => Boolean, { description: 'Legally reviewed (法制审核).' }) legalReview!: boolean;
  @Field(() => GraphQLDate, { nullable: true, description: 'Disclosure date (公示日期).' }) disclosedOn!: string | null;
  @Field(() => Boolean, { description: 'Handled by non-site enforcement (非现场执法).' }) nonSite!: boolean;
  @Field(() => Boolean, { description: 'Economic impact on the enterprise assessed (涉企经济影响评估).' }) enterpriseImpactAssessed!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Process fully recorded in writing or audio-video (全过程记录); null when not known.' }) fullProcessRecorded!: boolean | null;
}

export const PenaltyCaseConnection = Connection(PenaltyCase, 'PenaltyCase');
