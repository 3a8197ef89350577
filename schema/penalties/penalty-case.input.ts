import { Field, InputType } from 'type-graphql';
import { BandEnum, LeniencyEnum, PartyTypeEnum } from '../common/enums.ts';
import { GraphQLDate, GraphQLDecimal } from '../common/scalars.ts';
import type { Band, Leniency, PartyType } from '../../server/domain/enums.ts';

/** The fields of a penalty-case file row (party personal data is not taken here either). */
@InputType({ description: 'A penalty case (行政处罚案件) to record; replaces the same agency and case number.' })
export class PenaltyCaseInput {
  @Field(() => String, { description: 'An existing agency: the deciding one.' }) agencyCode!: string;
  @Field(() => String, { description: 'Case number (案号), unique within the agency.' }) caseNo!: string;
  @Field(() => GraphQLDate, { description: 'Decision date (决定日期).' }) decidedOn!: Date;
  @Field(() => String, { description: 'Violation item code (违法行为编码).' }) violationItemCode!: string;
  @Field(() => PartyTypeEnum, { nullable: true, description: 'Kind of party (当事人类型); default OTHER.' }) partyType?: PartyType | null;
  @Field(() => BandEnum, { description: 'Discretion band applied (裁量阶次).' }) band!: Band;
  @Field(() => LeniencyEnum, { nullable: true, description: 'Leniency applied (两轻两免); default NONE.' }) leniency?: Leniency | null;
  @Field(() => Boolean, { nullable: true, description: 'First offence (首违); default false.' }) firstOffence?: boolean | null;
  @Field(() => GraphQLDecimal, { nullable: true, description: 'Fine in yuan (罚款金额) ≥ 0, two decimals; default 0.' }) fineYuan?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Legally reviewed (法制审核); default false.' }) legalReview?: boolean | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'Disclosure date (公示日期), not before decidedOn.' }) disclosedOn?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Non-site enforcement (非现场执法); default false.' }) nonSite?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Economic impact on the enterprise assessed (涉企经济影响评估); default false.' }) enterpriseImpactAssessed?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Process fully recorded (全过程记录); null when not known.' }) fullProcessRecorded?: boolean | null;
}
