import { Field, InputType, registerEnumType } from 'type-graphql';
import * as v from '../../server/domain/enums.ts';
import { DOMAIN_CODES } from '../../server/domain/domains.ts';

type EnumObject<T extends string> = { [K in T]: K };

/** Turns a vocabulary list into the enum object type-graphql registers. */
function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): EnumObject<T> {
  const object = Object.fromEntries(values.map((value) => [value, value])) as EnumObject<T>;
  registerEnumType(object, { name, description });
  return object;
}

export const RegionTypeEnum = graphqlEnum(v.REGION_TYPES, 'RegionType', 'Level of a region (地区): 市, 区, 功能区, 乡镇街道.');
export const AgencyLevelEnum = graphqlEnum(v.AGENCY_LEVELS, 'AgencyLevel', 'Government level of an agency (市/区/乡三级).');
export const AgencyKindEnum = graphqlEnum(v.AGENCY_KINDS, 'AgencyKind', 'Kind of agency: 部门, 综合行政执法, 乡镇街道.');
export const DomainCodeEnum = graphqlEnum(DOMAIN_CODES, 'DomainCode', 'Enforcement domain (执法领域). Analytics inputs (Scope.domainCodes) take these names as DomainCodeInput, written as enum literals or strings.');
export const CertificateStatusEnum = graphqlEnum(v.CERTIFICATE_STATUSES, 'CertificateStatus', 'Law-enforcement certificate status (持证上岗, 动态管理).');
export const TrainingTypeEnum = graphqlEnum(v.TRAINING_TYPES, 'TrainingType', 'Training kind: 业务培训 or 法律知识培训.');
export const FilingStatusEnum = graphqlEnum(v.FILING_STATUSES, 'FilingStatus', 'Lifecycle of a quarterly filing (季度备案).');
export const PartyTypeEnum = graphqlEnum(v.PARTY_TYPES, 'PartyType', 'Party to a penalty case (当事人类型).');
export const BandEnum = graphqlEnum(v.BANDS, 'Band', 'Discretion band (裁量阶次): 轻微, 一般, 较重, 严重.');
export const LeniencyEnum = graphqlEnum(v.LENIENCIES, 'Leniency', 'Leniency applied (两轻两免): 从轻, 减轻, 不予处罚, 免予行政强制.');
export const ProblemCategoryEnum = graphqlEnum(v.PROBLEM_CATEGORIES, 'ProblemCategory', 'Category of a prominent problem (突出问题类别).');
export const ProblemSourceEnum = graphqlEnum(v.PROBLEM_SOURCES, 'ProblemSource', 'How a problem was found (问卷调查, 随机抽查, 实地走访, 企业座谈, …).');
export const ProblemStatusEnum = graphqlEnum(v.PROBLEM_STATUSES, 'ProblemStatus', 'Rectification status (整改状态); REOPENED returns a problem to rectifying.');
export const RespondentGroupEnum = graphqlEnum(v.RESPONDENT_GROUPS, 'RespondentGroup', 'Survey respondent group (两代表一委员, 企业, 群众, 第三方评估).');
export const ComplaintChannelEnum = graphqlEnum(v.COMPLAINT_CHANNELS, 'ComplaintChannel', 'Channel of a complaint (投诉举报渠道).');
export const ComplaintStatusEnum = graphqlEnum(v.COMPLAINT_STATUSES, 'ComplaintStatus', 'Handling status of a complaint.');
export const TaskPhaseEnum = graphqlEnum(v.TASK_PHASES, 'TaskPhase', 'Phase of the plan (实施阶段): 2022 提能筑基, 2023 集中攻坚, 2024 巩固提升.');
export const ProgressStatusEnum = graphqlEnum(v.PROGRESS_STATUSES, 'ProgressStatus', 'Status of a task in a progress report (工作情况报送).');
export const ClueStepEnum = graphqlEnum(v.CLUE_STEPS, 'ClueStep', 'Step of a clue transfer (问题线索移送): 立案, 调查取证, 集体研究, 送达移送, 反馈.');
export const ClueSourceEnum = graphqlEnum(v.CLUE_SOURCES, 'ClueSource', 'Where a clue came from: a complaint, a problem, or a supervision finding (监督发现).');
export const ReviewGradeEnum = graphqlEnum(v.REVIEW_GRADES, 'ReviewGrade', 'Case-file review grade: EXCELLENT ≥ 90, PASS ≥ 60, FAIL < 60.');

/** A filter input over one enum: `eq`, `in`, `notIn`. */
export function EnumFilter<T extends string>(enumObject: EnumObject<T>, name: string) {
  @InputType(`${name}Filter`, { description: `Conditions on a ${name}.` })
  class Filter {
    @Field(() => enumObject, { nullable: true }) eq?: T | null;
    @Field(() => [enumObject], { nullable: true }) in?: T[] | null;
    @Field(() => [enumObject], { nullable: true }) notIn?: T[] | null;
  }
  return Filter;
}

export const RegionTypeFilter = EnumFilter(RegionTypeEnum, 'RegionType');
export const AgencyLevelFilter = EnumFilter(AgencyLevelEnum, 'AgencyLevel');
export const AgencyKindFilter = EnumFilter(AgencyKindEnum, 'AgencyKind');
export const DomainCodeFilter = EnumFilter(DomainCodeEnum, 'DomainCode');
export const CertificateStatusFilter = EnumFilter(CertificateStatusEnum, 'CertificateStatus');
export const FilingStatusFilter = EnumFilter(FilingStatusEnum, 'FilingStatus');
export const PartyTypeFilter = EnumFilter(PartyTypeEnum, 'PartyType');
export const BandFilter = EnumFilter(BandEnum, 'Band');
export const LeniencyFilter = EnumFilter(LeniencyEnum, 'Leniency');
export const ProblemCategoryFilter = EnumFilter(ProblemCategoryEnum, 'ProblemCategory');
export const ProblemStatusFilter = EnumFilter(ProblemStatusEnum, 'ProblemStatus');
export const RespondentGroupFilter = EnumFilter(RespondentGroupEnum, 'RespondentGroup');
export const ComplaintChannelFilter = EnumFilter(ComplaintChannelEnum, 'ComplaintChannel');
export const ComplaintStatusFilter = EnumFilter(ComplaintStatusEnum, 'ComplaintStatus');
export const TaskPhaseFilter = EnumFilter(TaskPhaseEnum, 'TaskPhase');
export const ProgressStatusFilter = EnumFilter(ProgressStatusEnum, 'ProgressStatus');
export const ClueStepFilter = EnumFilter(ClueStepEnum, 'ClueStep');
export const ClueSourceFilter = EnumFilter(ClueSourceEnum, 'ClueSource');
