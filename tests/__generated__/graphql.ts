/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Conditions on agencies. */
export type AgencyFilter = {
  /** Agencies active on this day. */
  activeOn?: string | null | undefined;
  code?: StringFilter | null | undefined;
  /** Matches agencies working in the given domains. */
  domain?: DomainCodeFilter | null | undefined;
  kind?: AgencyKindFilter | null | undefined;
  level?: AgencyLevelFilter | null | undefined;
  name?: TextFilter | null | undefined;
  regionCode?: StringFilter | null | undefined;
};

/** An agency to create or replace (upsertAgency); field names as in the import files. */
export type AgencyInput = {
  activeFrom?: string | null | undefined;
  activeTo?: string | null | undefined;
  /** Unified social credit code; its check character is verified. */
  agencyCode: string;
  /** At least one enforcement domain. */
  domains: Array<DomainCode>;
  kind: AgencyKind;
  level: AgencyLevel;
  name: string;
  /** An existing region. */
  regionCode: string;
};

/** Kind of agency: 部门, 综合行政执法, 乡镇街道. */
export type AgencyKind =
  | 'COMPREHENSIVE'
  | 'DEPARTMENT'
  | 'TOWNSHIP';

/** Conditions on a AgencyKind. */
export type AgencyKindFilter = {
  eq?: AgencyKind | null | undefined;
  in?: Array<AgencyKind> | null | undefined;
  notIn?: Array<AgencyKind> | null | undefined;
};

/** Government level of an agency (市/区/乡三级). */
export type AgencyLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'TOWNSHIP';

/** Conditions on a AgencyLevel. */
export type AgencyLevelFilter = {
  eq?: AgencyLevel | null | undefined;
  in?: Array<AgencyLevel> | null | undefined;
  notIn?: Array<AgencyLevel> | null | undefined;
};

/** One ordering key for Agency records; later keys break ties. */
export type AgencyOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** The field to order by. */
  field: AgencyOrderField;
};

/** What Agency records can be ordered by. */
export type AgencyOrderField =
  | 'CODE'
  | 'KIND'
  | 'LEVEL'
  | 'NAME'
  | 'REGION_CODE';

/** An officer's yearly assessment (年度考核) and online test score (网上能力测试); recordAssessment replaces the same officer and year. */
export type AssessmentInput = {
  /** An existing officer. */
  officerNo: string;
  /** Assessment result as recorded (考核结果: 优秀, 称职, …). */
  result: string;
  /** Online test score 0–100, two decimals; null when not taken. */
  testScore?: number | string | null | undefined;
  /** Year assessed (考核年度). */
  year: number;
};

/** Discretion band (裁量阶次): 轻微, 一般, 较重, 严重. */
export type Band =
  | 'GENERAL'
  | 'MINOR'
  | 'SERIOUS'
  | 'SEVERE';

/** A case-file review to record (replaces the same agency, year and case). */
export type CaseReviewInput = {
  /** An existing agency. */
  agencyCode: string;
  caseNo: string;
  reviewer?: string | null | undefined;
  /** 0–100, two decimals. */
  score: number | string;
  year: number;
};

/** Law-enforcement certificate status (持证上岗, 动态管理). */
export type CertificateStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'VALID';

/** A new clue (createClue); it starts REGISTERED on registeredOn. */
export type ClueInput = {
  /** Default: the complaint's or the problem's agency; required for SUPERVISION. */
  agencyCode?: string | null | undefined;
  clueCode: string;
  /** The complaint (source COMPLAINT). */
  complaintNo?: string | null | undefined;
  /** The problem (source PROBLEM). */
  problemCode?: string | null | undefined;
  registeredOn: string;
  source: ClueSource;
  summary: string;
};

/** Where a clue came from: a complaint, a problem, or a supervision finding (监督发现). */
export type ClueSource =
  | 'COMPLAINT'
  | 'PROBLEM'
  | 'SUPERVISION';

/** Step of a clue transfer (问题线索移送): 立案, 调查取证, 集体研究, 送达移送, 反馈. */
export type ClueStep =
  | 'COLLECTIVE_REVIEW'
  | 'FEEDBACK'
  | 'INVESTIGATING'
  | 'REGISTERED'
  | 'TRANSFERRED';

/** Channel of a complaint (投诉举报渠道). */
export type ComplaintChannel =
  | 'EMAIL'
  | 'HOTLINE'
  | 'LETTER'
  | 'ONLINE';

/** A complaint to record; it starts RECEIVED. */
export type ComplaintInput = {
  /** An existing agency. */
  agencyCode: string;
  category: string;
  channel: ComplaintChannel;
  complainantName?: string | null | undefined;
  complainantPhone?: string | null | undefined;
  /** Register number (投诉编号); a new one is drawn when not given. */
  complaintNo?: string | null | undefined;
  receivedAt: string;
  transferredToDiscipline?: boolean | null | undefined;
};

/** Handling status of a complaint. */
export type ComplaintStatus =
  | 'HANDLING'
  | 'RECEIVED'
  | 'RESOLVED'
  | 'TRANSFERRED';

/** Conditions on an instant. */
export type DateTimeFilter = {
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** What analytics rows are grouped by. REGION groups agencies under their district-level region (市直 for city-level agencies); DOMAIN counts an agency under each of its domains; QUARTER alone groups quarters of different years together (add YEAR for a time series). */
export type Dimension =
  | 'AGENCY'
  | 'DOMAIN'
  | 'QUARTER'
  | 'REGION'
  | 'YEAR';

/** Enforcement domain (执法领域). Analytics inputs (Scope.domainCodes) take these names as DomainCodeInput, written as enum literals or strings. */
export type DomainCode =
  | 'ECO_ENVIRONMENT'
  | 'EDUCATION'
  | 'FINANCE'
  | 'FOOD_DRUG'
  | 'LABOUR'
  | 'MEDICAL_INSURANCE'
  | 'NATURAL_RESOURCES'
  | 'OTHER'
  | 'PUBLIC_HEALTH'
  | 'TRANSPORT'
  | 'URBAN_MANAGEMENT'
  | 'WORK_SAFETY';

/** Conditions on a DomainCode. */
export type DomainCodeFilter = {
  eq?: DomainCode | null | undefined;
  in?: Array<DomainCode> | null | undefined;
  notIn?: Array<DomainCode> | null | undefined;
};

/** 效能评价权重 — What-if weights of the composite (domain.md §4.4), replacing the year's scheme for one query; nothing is stored. */
export type EvaluationWeightsInput = {
  /** 执法质量权重 — wQ, weight of quality. */
  quality: number;
  /** 社会满意度权重 — wT, weight of satisfaction. */
  satisfaction: number;
  /** 监管履行率权重 — wS, weight of 100 × supervisionRate. */
  supervision: number;
};

/** The figures of a draft filing; an omitted figure is 0, as on the paper form. */
export type FilingInput = {
  /** An existing agency. */
  agencyCode: string;
  /** Administrative awards (行政奖励). */
  awardCount?: number | null | undefined;
  /** Complaints and reports received (投诉举报). */
  complaintsReceived?: number | null | undefined;
  /** Complaints and reports resolved. */
  complaintsResolved?: number | null | undefined;
  /** Administrative compulsory measures (行政强制). */
  compulsionCount?: number | null | undefined;
  /** Administrative confirmations (行政确认). */
  confirmationCount?: number | null | undefined;
  /** Decisions due for disclosure (行政执法公示). */
  disclosuresDue?: number | null | undefined;
  /** Decisions disclosed on time. */
  disclosuresOnTime?: number | null | undefined;
  /** Yuan, two decimals. */
  finesTotalYuan?: number | string | null | undefined;
  /** Administrative inspections (行政检查). */
  inspectionCount?: number | null | undefined;
  /** Random inspection tasks completed; may exceed the plan. */
  inspectionsCompleted?: number | null | undefined;
  /** Random inspection tasks planned (双随机抽查). */
  inspectionsPlanned?: number | null | undefined;
  /** Power items exercised this quarter; at most itemsTotal. */
  itemsExercised?: number | null | undefined;
  /** Power items in force (权责清单事项). */
  itemsTotal?: number | null | undefined;
  /** Major decisions legally reviewed. */
  legalReviewsDone?: number | null | undefined;
  /** Major decisions requiring legal review (重大执法决定法制审核). */
  legalReviewsRequired?: number | null | undefined;
  /** Administrative levies (行政征收). */
  levyCount?: number | null | undefined;
  /** Administrative licensing decisions (行政许可). */
  licensingCount?: number | null | undefined;
  /** Administrative lawsuits (行政诉讼). */
  litigations?: number | null | undefined;
  /** Lawsuits lost (败诉). */
  litigationsLost?: number | null | undefined;
  /** Cases handled by non-site enforcement (非现场执法). */
  nonSiteCases?: number | null | undefined;
  /** Other administrative acts. */
  otherCount?: number | null | undefined;
  /** Administrative payments (行政给付). */
  paymentCount?: number | null | undefined;
  /** Administrative penalty decisions (行政处罚). */
  penaltyCount?: number | null | undefined;
  /** 1–4. */
  quarter: number;
  /** Administrative reconsiderations (行政复议). */
  reconsiderations?: number | null | undefined;
  /** Reconsiderations that overturned the decision (纠错). */
  reconsiderationsOverturned?: number | null | undefined;
  /** Administrative rulings (行政裁决). */
  rulingCount?: number | null | undefined;
  year: number;
};

/** Lifecycle of a quarterly filing (季度备案). */
export type FilingStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** Conditions on an integer. */
export type IntFilter = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
};

/** Leniency applied (两轻两免): 从轻, 减轻, 不予处罚, 免予行政强制. */
export type Leniency =
  | 'LIGHTER'
  | 'MITIGATED'
  | 'NONE'
  | 'NO_COMPULSION'
  | 'NO_PENALTY';

/** Whom the efficiency evaluation ranks: district-level regions or agencies. */
export type Level =
  | 'AGENCY'
  | 'REGION';

/** An officer to create or replace (upsertOfficer). */
export type OfficerInput = {
  /** An existing agency. */
  agencyCode: string;
  certificateNo?: string | null | undefined;
  /** Default VALID. */
  certificateStatus?: CertificateStatus | null | undefined;
  /** 18-character resident ID number with its check character. */
  idNumber?: string | null | undefined;
  name: string;
  officerNo: string;
  phone?: string | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Party to a penalty case (当事人类型). */
export type PartyType =
  | 'ENTERPRISE'
  | 'INDIVIDUAL'
  | 'OTHER';

/** A penalty case (行政处罚案件) to record; replaces the same agency and case number. */
export type PenaltyCaseInput = {
  /** An existing agency: the deciding one. */
  agencyCode: string;
  /** Discretion band applied (裁量阶次). */
  band: Band;
  /** Case number (案号), unique within the agency. */
  caseNo: string;
  /** Decision date (决定日期). */
  decidedOn: string;
  /** Disclosure date (公示日期), not before decidedOn. */
  disclosedOn?: string | null | undefined;
  /** Economic impact on the enterprise assessed (涉企经济影响评估); default false. */
  enterpriseImpactAssessed?: boolean | null | undefined;
  /** Fine in yuan (罚款金额) ≥ 0, two decimals; default 0. */
  fineYuan?: number | string | null | undefined;
  /** First offence (首违); default false. */
  firstOffence?: boolean | null | undefined;
  /** Process fully recorded (全过程记录); null when not known. */
  fullProcessRecorded?: boolean | null | undefined;
  /** Legally reviewed (法制审核); default false. */
  legalReview?: boolean | null | undefined;
  /** Leniency applied (两轻两免); default NONE. */
  leniency?: Leniency | null | undefined;
  /** Non-site enforcement (非现场执法); default false. */
  nonSite?: boolean | null | undefined;
  /** Kind of party (当事人类型); default OTHER. */
  partyType?: PartyType | null | undefined;
  /** Violation item code (违法行为编码). */
  violationItemCode: string;
};

/** An enforcement item (行政执法事项) of an agency's list of powers (权责清单); recordPowerItem replaces the same agency and item code. */
export type PowerItemInput = {
  /** Kind of action as the list names it (职权类别: 行政许可, 行政处罚, 行政检查, …). */
  actionType: string;
  /** An existing agency: the one holding the item. */
  agencyCode: string;
  /** Enforcement domain (执法领域). */
  domain: DomainCode;
  /** Item code (事项编码), unique within the agency. */
  itemCode: string;
  /** Name of the item (事项名称). */
  name: string;
};

/** Category of a prominent problem (突出问题类别). */
export type ProblemCategory =
  | 'ABUSE'
  | 'CAMPAIGN'
  | 'INACTION'
  | 'MECHANICAL'
  | 'ONE_SIZE_FITS_ALL'
  | 'OTHER'
  | 'PROFIT_DRIVEN'
  | 'SELECTIVE'
  | 'UNCIVIL'
  | 'VIOLENT';

/** A new problem (createProblem); it starts IDENTIFIED on identifiedOn. */
export type ProblemInput = {
  /** An existing agency, if one is concerned. */
  agencyCode?: string | null | undefined;
  category: ProblemCategory;
  /** Not before identifiedOn. */
  deadline: string;
  description: string;
  domain: DomainCode;
  identifiedOn: string;
  /** Note on the IDENTIFIED event. */
  note?: string | null | undefined;
  problemCode: string;
  /** An existing region. */
  regionCode: string;
  source: ProblemSource;
};

/** How a problem was found (问卷调查, 随机抽查, 实地走访, 企业座谈, …). */
export type ProblemSource =
  | 'COMPLAINT'
  | 'ENTERPRISE_FORUM'
  | 'FIELD_VISIT'
  | 'SPOT_CHECK'
  | 'SUPERVISION'
  | 'SURVEY';

/** Rectification status (整改状态); REOPENED returns a problem to rectifying. */
export type ProblemStatus =
  | 'IDENTIFIED'
  | 'RECTIFIED'
  | 'RECTIFYING'
  | 'REOPENED'
  | 'VERIFIED';

/** Conditions on progress reports. */
export type ProgressReportFilter = {
  half?: IntFilter | null | undefined;
  progress?: IntFilter | null | undefined;
  status?: ProgressStatusFilter | null | undefined;
  submittedAt?: DateTimeFilter | null | undefined;
  taskCode?: StringFilter | null | undefined;
  unitCode?: StringFilter | null | undefined;
  year?: IntFilter | null | undefined;
};

/** A progress report to submit (submitProgressReport); a resubmission replaces the same unit, task and half-year. */
export type ProgressReportInput = {
  /** 1 or 2. */
  half: number;
  /** 0–100. */
  progress: number;
  status: ProgressStatus;
  /** Default: now. */
  submittedAt?: string | null | undefined;
  summary?: string | null | undefined;
  /** An existing task. */
  taskCode: string;
  /** An existing agency or region. */
  unitCode: string;
  year: number;
};

/** Status of a task in a progress report (工作情况报送). */
export type ProgressStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** Conditions on a ProgressStatus. */
export type ProgressStatusFilter = {
  eq?: ProgressStatus | null | undefined;
  in?: Array<ProgressStatus> | null | undefined;
  notIn?: Array<ProgressStatus> | null | undefined;
};

/** A region to create or replace (upsertRegion); field names as in the import files. */
export type RegionInput = {
  name: string;
  /** Parent region; must exist and must not lie under this region. */
  parentCode?: string | null | undefined;
  /** Region code. */
  regionCode: string;
  type: RegionType;
};

/** Level of a region (地区): 市, 区, 功能区, 乡镇街道. */
export type RegionType =
  | 'CITY'
  | 'DISTRICT'
  | 'TOWNSHIP'
  | 'ZONE';

/** Survey respondent group (两代表一委员, 企业, 群众, 第三方评估). */
export type RespondentGroup =
  | 'ENTERPRISE'
  | 'PUBLIC'
  | 'REPRESENTATIVE'
  | 'THIRD_PARTY';

/** Case-file review grade: EXCELLENT ≥ 90, PASS ≥ 60, FAIL < 60. */
export type ReviewGrade =
  | 'EXCELLENT'
  | 'FAIL'
  | 'PASS';

/** Which records an analytics query covers; an absent or empty list does not restrict. */
export type Scope = {
  /** Agencies (统一社会信用代码). */
  agencyCodes?: Array<string> | null | undefined;
  /** Enforcement domains (执法领域): DomainCode values, as enum literals ([FOOD_DRUG]) or strings (["FOOD_DRUG"]). */
  domainCodes?: Array<string> | null | undefined;
  /** Quarters 1–4. */
  quarters?: Array<number> | null | undefined;
  /** Regions, each with every region under it. */
  regionCodes?: Array<string> | null | undefined;
  /** Calendar years. */
  years?: Array<number> | null | undefined;
};

/** Enforcement pattern signal (执法突出问题研判): 运动式执法 CAMPAIGN, 逐利执法 PROFIT_DRIVEN, 一刀切 ONE_SIZE_FITS_ALL, 机械执法 MECHANICAL. */
export type SignalKind =
  | 'CAMPAIGN'
  | 'MECHANICAL'
  | 'ONE_SIZE_FITS_ALL'
  | 'PROFIT_DRIVEN';

/** Raises a problem-list item (突出问题清单) from a pattern signal (createProblemFromSignal): category = the signal kind, source SUPERVISION, the signal's agency and its region. */
export type SignalProblemInput = {
  /** Rectification deadline (整改时限), not before identifiedOn. */
  deadline: string;
  /** What the problem is; the signal's label when absent. */
  description?: string | null | undefined;
  /** Enforcement domain; the domain of the signal's cases when they share one, else the agency's first. */
  domain?: DomainCode | null | undefined;
  /** When it was identified; today (Asia/Shanghai) when absent. */
  identifiedOn?: string | null | undefined;
  /** Code of the new problem. */
  problemCode: string;
  /** The SignalRow id (KIND:YEAR:AGENCY[:MONTH|:ITEM]); the signal must be among the year's signals. */
  signalId: string;
};

/** One band of a discretion standard (裁量基准) to record; replaces the same item, band and validFrom. */
export type StandardInput = {
  /** Discretion band (裁量阶次). */
  band: Band;
  /** Enforcement domain (执法领域). */
  domain: DomainCode;
  /** Legal basis (处罚依据). */
  legalBasis?: string | null | undefined;
  /** Highest fine in yuan (罚款上限), not below minYuan. */
  maxYuan: number | string;
  /** Lowest fine in yuan (罚款下限) ≥ 0. */
  minYuan: number | string;
  /** Name of the violation (违法行为名称). */
  name: string;
  /** First day in force (生效日期). */
  validFrom: string;
  /** Last day in force (失效日期), not before validFrom; null: open-ended. */
  validTo?: string | null | undefined;
  /** Violation item code (违法行为编码). */
  violationItemCode: string;
};

/** Conditions on a code or key. */
export type StringFilter = {
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
  /** Prefix match. */
  startsWith?: string | null | undefined;
};

/** A survey result to record; replaces the same year, subject and group. Give a region or an agency. */
export type SurveyInput = {
  agencyCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  respondentGroup: RespondentGroup;
  /** At least 1. */
  respondents: number;
  /** 0–100. */
  score: number | string;
  year: number;
};

/** A task to record (recordTask); replaces the task with the same code. */
export type TaskInput = {
  deadline?: string | null | undefined;
  /** An agency or region code, or a name. */
  leadUnit?: string | null | undefined;
  phase: TaskPhase;
  section?: string | null | undefined;
  taskCode: string;
  title: string;
};

/** Phase of the plan (实施阶段): 2022 提能筑基, 2023 集中攻坚, 2024 巩固提升. */
export type TaskPhase =
  | 'CAMPAIGN'
  | 'CAPABILITY'
  | 'CONSOLIDATION';

/** Conditions on a text such as a name; `contains` is a case-insensitive search. */
export type TextFilter = {
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
  /** Prefix match. */
  startsWith?: string | null | undefined;
};

/** An officer's training hours of one year and kind (recordTraining replaces them). */
export type TrainingInput = {
  /** Hours ≥ 0, one decimal. */
  hours: number | string;
  /** An existing officer. */
  officerNo: string;
  type: TrainingType;
  year: number;
};

/** Training kind: 业务培训 or 法律知识培训. */
export type TrainingType =
  | 'BUSINESS'
  | 'LEGAL';

/** What an early warning (预警) is about: a quarterly filing (季度备案), a problem-list deadline (整改时限), a half-yearly progress report (工作情况报送). */
export type WarningKind =
  | 'FILING'
  | 'PROBLEM'
  | 'PROGRESS_REPORT';

/** 黄牌 YELLOW: due soon; 红牌 RED: past due. */
export type WarningLevel =
  | 'RED'
  | 'YELLOW';

export type MetricSupervisionQueryVariables = Exact<{
  scope?: Scope | null | undefined;
  groupBy: Array<Dimension> | Dimension;
}>;


export type MetricSupervisionQuery = { supervisionRates: Array<{ regionCode: string | null, agencyCode: string | null, domainCode: DomainCode | null, year: number | null, quarter: number | null, label: string, inspectionsPlanned: number | string, inspectionsCompleted: number | string, itemsTotal: number | string, itemsExercised: number | string, filingsDue: number | string, filingsOnTime: number | string, inspectionRate: number | null, exerciseRate: number | null, timelinessRate: number | null, supervisionRate: number | null, overturnRate: number | null }> };

export type MetricPenaltiesQueryVariables = Exact<{
  scope?: Scope | null | undefined;
  groupBy: Array<Dimension> | Dimension;
}>;


export type MetricPenaltiesQuery = { penaltyDiscretion: Array<{ regionCode: string | null, domainCode: DomainCode | null, year: number | null, cases: number | string, finesTotalYuan: number | string, meanFineYuan: number | null, medianFineYuan: number | null, p10FineYuan: number | null, p90FineYuan: number | null, noLeniencyCases: number | string, outOfBandCases: number | string, casesWithoutStandard: number | string, outOfBandRate: number | null, leniencyRate: number | null, firstOffenceLeniencyRate: number | null }> };

export type MetricInconsistencyQueryVariables = Exact<{
  year: number;
  minCases?: number | null | undefined;
}>;


export type MetricInconsistencyQuery = { discretionInconsistency: Array<{ violationItemCode: string, band: Band, regions: number, cases: number | string, meanFineYuan: number | null, coefficientOfVariation: number | null }> };

export type MetricRectificationQueryVariables = Exact<{
  asOf: string;
  groupBy: Array<Dimension> | Dimension;
}>;


export type MetricRectificationQuery = { rectificationProgress: Array<{ regionCode: string | null, asOf: string, total: number | string, rectified: number | string, verified: number | string, overdue: number | string, rectificationRate: number | null, verificationRate: number | null, medianDaysToRectify: number | null }> };

export type MetricRankingQueryVariables = Exact<{
  year: number;
  level: Level;
}>;


export type MetricRankingQuery = { evaluationRanking: Array<{ regionCode: string | null, agencyCode: string | null, quality: number | null, supervisionRate: number | null, satisfaction: number | null, composite: number | null, rank: number | null, previousRank: number | null, rankChange: number | null, incomplete: boolean, missing: Array<string> }> };

export type MetricWorkforceQueryVariables = Exact<{
  year: number;
  groupBy: Array<Dimension> | Dimension;
}>;


export type MetricWorkforceQuery = { workforce: Array<{ regionCode: string | null, officersWithValidCertificate: number | string, compliantOfficers: number | string, trainingComplianceRate: number | null }> };

export type BiMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type BiMetricsQuery = { metrics: Array<{ name: string, titleZh: string, titleEn: string, formula: string }> };

export type BiSupervisionByRegionYearQueryVariables = Exact<{ [key: string]: never; }>;


export type BiSupervisionByRegionYearQuery = { supervisionRates: Array<{ regionCode: string | null, year: number | null, inspectionsPlanned: number | string, filingsDue: number | string, inspectionRate: number | null, exerciseRate: number | null, timelinessRate: number | null, overturnRate: number | null }> };

export type BiPenaltyByRegionYearQueryVariables = Exact<{ [key: string]: never; }>;


export type BiPenaltyByRegionYearQuery = { penaltyDiscretion: Array<{ regionCode: string | null, year: number | null, cases: number | string, noLeniencyCases: number | string, outOfBandRate: number | null, leniencyRate: number | null, meanFineYuan: number | null }> };

export type CatalogueComplianceQueryVariables = Exact<{
  scope?: Scope | null | undefined;
  groupBy: Array<Dimension> | Dimension;
}>;


export type CatalogueComplianceQuery = { enforcementCompliance: Array<{ regionCode: string | null, agencyCode: string | null, domainCode: DomainCode | null, year: number | null, quarter: number | null, label: string, disclosuresDue: number | string, disclosuresOnTime: number | string, legalReviewsRequired: number | string, legalReviewsDone: number | string, cases: number | string, casesDisclosedOnTime: number | string, seriousCases: number | string, seriousCasesReviewed: number | string, casesRecordKnown: number | string, casesFullyRecorded: number | string, nonSiteCases: number | string, enterpriseCases: number | string, enterpriseCasesAssessed: number | string, disclosureRate: number | null, legalReviewRate: number | null, caseDisclosureOnTimeRate: number | null, seriousCaseReviewRate: number | null, fullProcessRecordRate: number | null, nonSiteRate: number | null, enterpriseImpactRate: number | null }> };

export type CatalogueIntensityQueryVariables = Exact<{
  year: number;
  groupBy: Array<Dimension> | Dimension;
}>;


export type CatalogueIntensityQuery = { workforce: Array<{ regionCode: string | null, agencyCode: string | null, officersWithValidCertificate: number | string, inspections: number | string, penalties: number | string, inspectionsPerOfficer: number | null, penaltiesPerOfficer: number | null, trainingComplianceRate: number | null }> };

export type CatalogueRankingQueryVariables = Exact<{
  year: number;
  level: Level;
  weights?: EvaluationWeightsInput | null | undefined;
}>;


export type CatalogueRankingQuery = { evaluationRanking: Array<{ agencyCode: string | null, composite: number | null, rank: number | null, incomplete: boolean, bestRank: number | null, worstRank: number | null }> };

export type CatalogueMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueMetricsQuery = { metrics: Array<{ name: string, titleZh: string, titleEn: string, formula: string, numerator: Array<string>, denominator: Array<string>, queries: Array<string>, dimensions: Array<Dimension> }> };

export type CreateClueMutationVariables = Exact<{
  input: ClueInput;
}>;


export type CreateClueMutation = { createClue: { clueCode: string, agencyCode: string, source: ClueSource, complaintNo: string | null, step: ClueStep } };

export type AdvanceClueMutationVariables = Exact<{
  clueCode: string;
  step: ClueStep;
  stepOn: string;
  receivingOrgan?: string | null | undefined;
  documentNo?: string | null | undefined;
  outcome?: string | null | undefined;
}>;


export type AdvanceClueMutation = { advanceClue: { step: ClueStep, steps: Array<{ step: ClueStep, stepOn: string, receivingOrgan: string | null, documentNo: string | null, outcome: string | null }> } };

export type CluesQueryVariables = Exact<{ [key: string]: never; }>;


export type CluesQuery = { clues: { totalCount: number | string, nodes: Array<{ clueCode: string, agency: { code: string } | null }> } };

export type ClueTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type ClueTrailQuery = { auditEvents: { nodes: Array<{ action: string, entityKey: string }> } };

export type DemoLeadsQueryVariables = Exact<{
  asOf: string;
}>;


export type DemoLeadsQuery = { enforcementSignals: Array<{ kind: SignalKind, agencyCode: string, cases: number | string }>, warnings: Array<{ kind: WarningKind, level: WarningLevel, subject: string, dueOn: string, daysOverdue: number }> };

export type SaveDraftMutationVariables = Exact<{
  input: FilingInput;
}>;


export type SaveDraftMutation = { createOrUpdateFilingDraft: { status: FilingStatus, itemsTotal: number, itemsExercised: number, penaltyCount: number, finesTotalYuan: number | string } };

export type SubmitMutationVariables = Exact<{
  agencyCode: string;
  year: number;
  quarter: number;
}>;


export type SubmitMutation = { submitFiling: { status: FilingStatus, submittedAt: string | null, onTime: boolean | null } };

export type AcceptMutationVariables = Exact<{
  agencyCode: string;
  year: number;
  quarter: number;
}>;


export type AcceptMutation = { acceptFiling: { status: FilingStatus, reviewedBy: string | null } };

export type ReturnMutationVariables = Exact<{
  agencyCode: string;
  year: number;
  quarter: number;
  reason: string;
}>;


export type ReturnMutation = { returnFiling: { status: FilingStatus, returnReason: string | null } };

export type FilingTrailQueryVariables = Exact<{
  entityKey: string;
}>;


export type FilingTrailQuery = { auditEvents: { totalCount: number | string, nodes: Array<{ action: string, actor: string, before: unknown, after: unknown }> } };

export type RecordPenaltyMutationVariables = Exact<{
  input: PenaltyCaseInput;
}>;


export type RecordPenaltyMutation = { recordPenaltyCase: { caseNo: string, year: number, quarter: number, band: Band, leniency: Leniency, fineYuan: number | string, partyType: PartyType, standard: { maxYuan: number | string } | null } };

export type RecordStandardMutationVariables = Exact<{
  input: StandardInput;
}>;


export type RecordStandardMutation = { recordStandard: { violationItemCode: string, band: Band, validFrom: string, validTo: string | null, minYuan: number | string, maxYuan: number | string } };

export type RecordPowerItemMutationVariables = Exact<{
  input: PowerItemInput;
}>;


export type RecordPowerItemMutation = { recordPowerItem: { agencyCode: string, itemCode: string, name: string, domain: DomainCode, actionType: string, agency: { code: string } | null } };

export type RecordAssessmentMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { officerNo: string, year: number, result: string, testScore: number | string | null } };

export type KindPowerItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type KindPowerItemsQuery = { powerItems: { nodes: Array<{ agencyCode: string, itemCode: string, name: string, actionType: string }> } };

export type KindOfficerAssessmentsQueryVariables = Exact<{
  no: string;
}>;


export type KindOfficerAssessmentsQuery = { officer: { assessments: Array<{ year: number, result: string, testScore: number | string | null }> } | null };

export type KindTrailQueryVariables = Exact<{
  entity: string;
}>;


export type KindTrailQuery = { auditEvents: { nodes: Array<{ action: string, entityKey: string, actor: string }> } };

export type RegionTreeQueryVariables = Exact<{
  code: string;
}>;


export type RegionTreeQuery = { region: { code: string, parent: { code: string } | null, ancestors: Array<{ code: string, type: RegionType }>, children: Array<{ code: string }>, agencies: Array<{ code: string }> } | null };

export type AgencyPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgencyFilter | null | undefined;
  orderBy?: Array<AgencyOrder> | AgencyOrder | null | undefined;
}>;


export type AgencyPageQuery = { agencies: { totalCount: number | string, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, regionCode: string, domains: Array<DomainCode> }> } };

export type AgenciesNestedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AgenciesNestedQuery = { agencies: { nodes: Array<{ code: string, region: { name: string } | null, officers: Array<{ name: string }>, filings: Array<{ year: number, quarter: number, status: FilingStatus, onTime: boolean | null }> }> } };

export type CaseWithBandQueryVariables = Exact<{
  agencyCode: string;
  caseNo: string;
}>;


export type CaseWithBandQuery = { penaltyCase: { year: number, quarter: number, fineYuan: number | string, partyName: string | null, agency: { code: string } | null, standard: { validFrom: string, minYuan: number | string, maxYuan: number | string } | null } | null };

export type OversightComplaintsQueryVariables = Exact<{
  scope?: Scope | null | undefined;
  groupBy: Array<Dimension> | Dimension;
  channels?: Array<ComplaintChannel> | ComplaintChannel | null | undefined;
  byChannel?: boolean | null | undefined;
}>;


export type OversightComplaintsQuery = { complaintHandling: Array<{ regionCode: string | null, agencyCode: string | null, domainCode: DomainCode | null, year: number | null, quarter: number | null, channel: ComplaintChannel | null, label: string, received: number | string, resolved: number | string, transferred: number | string, open: number | string, medianDaysToResolution: number | null, resolutionRate: number | null, complaintTransferRate: number | null }> };

export type OversightCluesQueryVariables = Exact<{
  scope?: Scope | null | undefined;
  groupBy: Array<Dimension> | Dimension;
}>;


export type OversightCluesQuery = { clueTransfers: Array<{ regionCode: string | null, agencyCode: string | null, year: number | null, quarter: number | null, registered: number | string, transferred: number | string, withFeedback: number | string, medianDaysToTransfer: number | null, clueTransferRate: number | null, clueFeedbackRate: number | null }> };

export type CreateProblemMutationVariables = Exact<{
  input: ProblemInput;
}>;


export type CreateProblemMutation = { createProblem: { code: string, status: ProblemStatus, region: { code: string } | null, agency: { code: string } | null } };

export type AddEventMutationVariables = Exact<{
  problemCode: string;
  status: ProblemStatus;
  statusOn: string;
  note?: string | null | undefined;
}>;


export type AddEventMutation = { addProblemStatusEvent: { status: ProblemStatus, events: Array<{ seq: number, status: ProblemStatus, statusOn: string, note: string | null }> } };

export type OpenProblemsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenProblemsQuery = { problems: { totalCount: number | string, nodes: Array<{ code: string }> } };

export type UpsertRegionMutationVariables = Exact<{
  input: RegionInput;
}>;


export type UpsertRegionMutation = { upsertRegion: { code: string, name: string, parent: { code: string } | null } };

export type UpsertAgencyMutationVariables = Exact<{
  input: AgencyInput;
}>;


export type UpsertAgencyMutation = { upsertAgency: { code: string, domains: Array<DomainCode>, region: { code: string } | null } };

export type UpsertOfficerMutationVariables = Exact<{
  input: OfficerInput;
}>;


export type UpsertOfficerMutation = { upsertOfficer: { officerNo: string, name: string, idNumber: string | null, agency: { code: string } | null } };

export type RecordTrainingMutationVariables = Exact<{
  input: TrainingInput;
}>;


export type RecordTrainingMutation = { recordTraining: { year: number, type: TrainingType, hours: number | string } };

export type OfficerTrainingQueryVariables = Exact<{
  no: string;
}>;


export type OfficerTrainingQuery = { officer: { certificateStatus: CertificateStatus, training: Array<{ type: TrainingType, hours: number | string }>, assessments: Array<{ year: number }> } | null };

export type RecordReviewMutationVariables = Exact<{
  input: CaseReviewInput;
}>;


export type RecordReviewMutation = { recordCaseReview: { score: number | string, grade: ReviewGrade } };

export type ReviewsQueryVariables = Exact<{
  grade: ReviewGrade;
}>;


export type ReviewsQuery = { caseReviews: { nodes: Array<{ caseNo: string, grade: ReviewGrade }> } };

export type RecordSurveyMutationVariables = Exact<{
  input: SurveyInput;
}>;


export type RecordSurveyMutation = { recordSurvey: { id: number, respondents: number, score: number | string, region: { code: string } | null } };

export type RecordComplaintMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type RecordComplaintMutation = { recordComplaint: { id: number, status: ComplaintStatus, complainantName: string | null } };

export type MoveComplaintMutationVariables = Exact<{
  id: number;
  status: ComplaintStatus;
}>;


export type MoveComplaintMutation = { updateComplaintStatus: { status: ComplaintStatus, transferredToDiscipline: boolean } };

export type TrailQueryVariables = Exact<{
  entity: string;
}>;


export type TrailQuery = { auditEvents: { nodes: Array<{ action: string, entityKey: string }> } };

export type SignalsQueryVariables = Exact<{
  year: number;
  scope?: Scope | null | undefined;
  kinds?: Array<SignalKind> | SignalKind | null | undefined;
}>;


export type SignalsQuery = { enforcementSignals: Array<{ id: string, kind: SignalKind, agencyCode: string, regionCode: string, month: number | null, violationItemCode: string | null, domainCode: DomainCode | null, cases: number | string, value: number, baseline: number, caseNos: Array<string>, label: string }> };

export type SignalCasesQueryVariables = Exact<{
  year: number;
  kinds?: Array<SignalKind> | SignalKind | null | undefined;
}>;


export type SignalCasesQuery = { enforcementSignals: Array<{ agencyCode: string, penaltyCases: { totalCount: number | string, nodes: Array<{ caseNo: string, decidedOn: string }> } }> };

export type RaiseFromSignalMutationVariables = Exact<{
  input: SignalProblemInput;
}>;


export type RaiseFromSignalMutation = { createProblemFromSignal: { code: string, regionCode: string, agencyCode: string | null, domain: DomainCode, category: ProblemCategory, source: ProblemSource, status: ProblemStatus, identifiedOn: string, deadline: string, sourceSignal: string | null, description: string } };

export type RaisedProblemsQueryVariables = Exact<{ [key: string]: never; }>;


export type RaisedProblemsQuery = { problems: { nodes: Array<{ code: string, sourceSignal: string | null }> }, auditEvents: { nodes: Array<{ action: string, actor: string, entityKey: string }> } };

export type RecordTaskMutationVariables = Exact<{
  input: TaskInput;
}>;


export type RecordTaskMutation = { recordTask: { taskCode: string, phase: TaskPhase, deadline: string | null } };

export type SubmitReportMutationVariables = Exact<{
  input: ProgressReportInput;
}>;


export type SubmitReportMutation = { submitProgressReport: { unitCode: string, progress: number, status: ProgressStatus, task: { title: string } | null } };

export type ReportsQueryVariables = Exact<{
  filter?: ProgressReportFilter | null | undefined;
}>;


export type ReportsQuery = { progressReports: { totalCount: number | string, nodes: Array<{ unitCode: string, progress: number }> } };

export type TaskProgressQueryVariables = Exact<{
  year: number;
  half: number;
  scope?: Scope | null | undefined;
  phases?: Array<TaskPhase> | TaskPhase | null | undefined;
}>;


export type TaskProgressQuery = { taskProgress: Array<{ taskCode: string, phase: TaskPhase, leadUnit: string | null, unitsExpected: number, unitsReported: number, unitsDone: number, unitsDoneEarlier: number, meanProgress: number | null, notReported: Array<string>, units: Array<{ unitCode: string, reported: boolean, status: ProgressStatus | null, progress: number | null, late: boolean | null }> }> };

export type ProgressResubmitMutationVariables = Exact<{
  input: ProgressReportInput;
}>;


export type ProgressResubmitMutation = { submitProgressReport: { progress: number } };

export type WarningsQueryVariables = Exact<{
  asOf: string;
  scope?: Scope | null | undefined;
  kinds?: Array<WarningKind> | WarningKind | null | undefined;
}>;


export type WarningsQuery = { warnings: Array<{ kind: WarningKind, level: WarningLevel, agencyCode: string | null, unitCode: string | null, regionCode: string, subject: string, dueOn: string, daysOverdue: number, label: string }> };

export type WarningDraftMutationVariables = Exact<{
  input: FilingInput;
}>;


export type WarningDraftMutation = { createOrUpdateFilingDraft: { status: FilingStatus } };

export type WarningSubmitMutationVariables = Exact<{
  agencyCode: string;
  year: number;
  quarter: number;
}>;


export type WarningSubmitMutation = { submitFiling: { status: FilingStatus } };

export type WarningReturnMutationVariables = Exact<{
  agencyCode: string;
  year: number;
  quarter: number;
  reason: string;
}>;


export type WarningReturnMutation = { returnFiling: { status: FilingStatus } };

export type WebRankingQueryVariables = Exact<{
  year: number;
  level: Level;
}>;


export type WebRankingQuery = { evaluationRanking: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, compositeRounded: number | null, composite: number | null, rank: number | null, bestRank: number | null, worstRank: number | null, quality: number | null, satisfaction: number | null, incomplete: boolean, missing: Array<string> }> };

export type WebWarningsQueryVariables = Exact<{
  asOf: string;
}>;


export type WebWarningsQuery = { warnings: Array<{ level: WarningLevel, label: string }> };

export type WebComplianceQueryVariables = Exact<{
  scope: Scope;
}>;


export type WebComplianceQuery = { enforcementCompliance: Array<{ label: string, disclosuresDue: number | string, disclosuresOnTime: number | string, casesRecordKnown: number | string, casesFullyRecorded: number | string, legalReviewsRequired: number | string, legalReviewsDone: number | string, cases: number | string, casesDisclosedOnTime: number | string, seriousCases: number | string, seriousCasesReviewed: number | string, nonSiteCases: number | string, enterpriseCases: number | string, enterpriseCasesAssessed: number | string, disclosureRate: number | null, caseDisclosureOnTimeRate: number | null, fullProcessRecordRate: number | null, legalReviewRate: number | null, seriousCaseReviewRate: number | null, nonSiteRate: number | null, enterpriseImpactRate: number | null }> };

export type WebWorkforceQueryVariables = Exact<{
  year: number;
}>;


export type WebWorkforceQuery = { workforce: Array<{ label: string, officersWithValidCertificate: number | string, inspections: number | string, penalties: number | string, trainingComplianceRate: number | null, inspectionsPerOfficer: number | null, penaltiesPerOfficer: number | null }> };

export type WebMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMetricsQuery = { metrics: Array<{ name: string, titleZh: string, titleEn: string, formula: string, noteZh: string | null, noteEn: string | null }> };

export type WebAgenciesOfRegionQueryVariables = Exact<{
  scope: Scope;
}>;


export type WebAgenciesOfRegionQuery = { supervisionRates: Array<{ agencyCode: string | null, label: string }> };


export const MetricSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"itemsExercised"}},{"kind":"Field","name":{"kind":"Name","value":"filingsDue"}},{"kind":"Field","name":{"kind":"Name","value":"filingsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"exerciseRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelinessRate"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overturnRate"}}]}}]}}]} as unknown as DocumentNode<MetricSupervisionQuery, MetricSupervisionQueryVariables>;
export const MetricPenaltiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricPenalties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyDiscretion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"finesTotalYuan"}},{"kind":"Field","name":{"kind":"Name","value":"meanFineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"medianFineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"p10FineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"p90FineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"noLeniencyCases"}},{"kind":"Field","name":{"kind":"Name","value":"outOfBandCases"}},{"kind":"Field","name":{"kind":"Name","value":"casesWithoutStandard"}},{"kind":"Field","name":{"kind":"Name","value":"outOfBandRate"}},{"kind":"Field","name":{"kind":"Name","value":"leniencyRate"}},{"kind":"Field","name":{"kind":"Name","value":"firstOffenceLeniencyRate"}}]}}]}}]} as unknown as DocumentNode<MetricPenaltiesQuery, MetricPenaltiesQueryVariables>;
export const MetricInconsistencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricInconsistency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minCases"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discretionInconsistency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"minCases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minCases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violationItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"meanFineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientOfVariation"}}]}}]}}]} as unknown as DocumentNode<MetricInconsistencyQuery, MetricInconsistencyQueryVariables>;
export const MetricRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rectified"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"verificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToRectify"}}]}}]}}]} as unknown as DocumentNode<MetricRectificationQuery, MetricRectificationQueryVariables>;
export const MetricRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"previousRank"}},{"kind":"Field","name":{"kind":"Name","value":"rankChange"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<MetricRankingQuery, MetricRankingQueryVariables>;
export const MetricWorkforceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricWorkforce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"officersWithValidCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"compliantOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"trainingComplianceRate"}}]}}]}}]} as unknown as DocumentNode<MetricWorkforceQuery, MetricWorkforceQueryVariables>;
export const BiMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<BiMetricsQuery, BiMetricsQueryVariables>;
export const BiSupervisionByRegionYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiSupervisionByRegionYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"filingsDue"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"exerciseRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelinessRate"}},{"kind":"Field","name":{"kind":"Name","value":"overturnRate"}}]}}]}}]} as unknown as DocumentNode<BiSupervisionByRegionYearQuery, BiSupervisionByRegionYearQueryVariables>;
export const BiPenaltyByRegionYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiPenaltyByRegionYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyDiscretion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"noLeniencyCases"}},{"kind":"Field","name":{"kind":"Name","value":"outOfBandRate"}},{"kind":"Field","name":{"kind":"Name","value":"leniencyRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanFineYuan"}}]}}]}}]} as unknown as DocumentNode<BiPenaltyByRegionYearQuery, BiPenaltyByRegionYearQueryVariables>;
export const CatalogueComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"disclosuresDue"}},{"kind":"Field","name":{"kind":"Name","value":"disclosuresOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewsDone"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"casesDisclosedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCases"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCasesReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"casesRecordKnown"}},{"kind":"Field","name":{"kind":"Name","value":"casesFullyRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"nonSiteCases"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCases"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCasesAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureRate"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewRate"}},{"kind":"Field","name":{"kind":"Name","value":"caseDisclosureOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCaseReviewRate"}},{"kind":"Field","name":{"kind":"Name","value":"fullProcessRecordRate"}},{"kind":"Field","name":{"kind":"Name","value":"nonSiteRate"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseImpactRate"}}]}}]}}]} as unknown as DocumentNode<CatalogueComplianceQuery, CatalogueComplianceQueryVariables>;
export const CatalogueIntensityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueIntensity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"officersWithValidCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsPerOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"penaltiesPerOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingComplianceRate"}}]}}]}}]} as unknown as DocumentNode<CatalogueIntensityQuery, CatalogueIntensityQueryVariables>;
export const CatalogueRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weights"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationWeightsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"weights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weights"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}},{"kind":"Field","name":{"kind":"Name","value":"bestRank"}},{"kind":"Field","name":{"kind":"Name","value":"worstRank"}}]}}]}}]} as unknown as DocumentNode<CatalogueRankingQuery, CatalogueRankingQueryVariables>;
export const CatalogueMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}}]}}]}}]} as unknown as DocumentNode<CatalogueMetricsQuery, CatalogueMetricsQueryVariables>;
export const CreateClueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clueCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"complaintNo"}},{"kind":"Field","name":{"kind":"Name","value":"step"}}]}}]}}]} as unknown as DocumentNode<CreateClueMutation, CreateClueMutationVariables>;
export const AdvanceClueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceClue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clueCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClueStep"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivingOrgan"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentNo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceClue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clueCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clueCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"receivingOrgan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivingOrgan"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentNo"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"stepOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivingOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<AdvanceClueMutation, AdvanceClueMutationVariables>;
export const CluesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Clues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"step"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TRANSFERRED"},{"kind":"EnumValue","value":"FEEDBACK"}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clueCode"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CluesQuery, CluesQueryVariables>;
export const ClueTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClueTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"clue","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}}]}}]}}]}}]} as unknown as DocumentNode<ClueTrailQuery, ClueTrailQueryVariables>;
export const DemoLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementSignals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]}}]} as unknown as DocumentNode<DemoLeadsQuery, DemoLeadsQueryVariables>;
export const SaveDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrUpdateFilingDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"itemsExercised"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCount"}},{"kind":"Field","name":{"kind":"Name","value":"finesTotalYuan"}}]}}]}}]} as unknown as DocumentNode<SaveDraftMutation, SaveDraftMutationVariables>;
export const SubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Submit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}}]}}]} as unknown as DocumentNode<SubmitMutation, SubmitMutationVariables>;
export const AcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}}]}}]}}]} as unknown as DocumentNode<AcceptMutation, AcceptMutationVariables>;
export const ReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Return"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<ReturnMutation, ReturnMutationVariables>;
export const FilingTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"filing","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityKey"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityKey"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<FilingTrailQuery, FilingTrailQueryVariables>;
export const RecordPenaltyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPenalty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPenaltyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"leniency"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"partyType"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxYuan"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPenaltyMutation, RecordPenaltyMutationVariables>;
export const RecordStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violationItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"minYuan"}},{"kind":"Field","name":{"kind":"Name","value":"maxYuan"}}]}}]}}]} as unknown as DocumentNode<RecordStandardMutation, RecordStandardMutationVariables>;
export const RecordPowerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPowerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PowerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPowerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"actionType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPowerItemMutation, RecordPowerItemMutationVariables>;
export const RecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerNo"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"testScore"}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const KindPowerItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KindPowerItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"powerItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ITEM_CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actionType"}}]}}]}}]}}]} as unknown as DocumentNode<KindPowerItemsQuery, KindPowerItemsQueryVariables>;
export const KindOfficerAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KindOfficerAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"no"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officerNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"no"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"testScore"}}]}}]}}]}}]} as unknown as DocumentNode<KindOfficerAssessmentsQuery, KindOfficerAssessmentsQueryVariables>;
export const KindTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KindTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ID"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}}]} as unknown as DocumentNode<KindTrailQuery, KindTrailQueryVariables>;
export const RegionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegionTreeQuery, RegionTreeQueryVariables>;
export const AgencyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyPageQuery, AgencyPageQueryVariables>;
export const AgenciesNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgenciesNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesNestedQuery, AgenciesNestedQueryVariables>;
export const CaseWithBandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseWithBand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minYuan"}},{"kind":"Field","name":{"kind":"Name","value":"maxYuan"}}]}}]}}]}}]} as unknown as DocumentNode<CaseWithBandQuery, CaseWithBandQueryVariables>;
export const OversightComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintChannel"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byChannel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintHandling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"channels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channels"}}},{"kind":"Argument","name":{"kind":"Name","value":"byChannel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byChannel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToResolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"complaintTransferRate"}}]}}]}}]} as unknown as DocumentNode<OversightComplaintsQuery, OversightComplaintsQueryVariables>;
export const OversightCluesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightClues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clueTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"withFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"clueTransferRate"}},{"kind":"Field","name":{"kind":"Name","value":"clueFeedbackRate"}}]}}]}}]} as unknown as DocumentNode<OversightCluesQuery, OversightCluesQueryVariables>;
export const CreateProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProblemMutation, CreateProblemMutationVariables>;
export const AddEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"problemCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statusOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProblemStatusEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"problemCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"problemCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"statusOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statusOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<AddEventMutation, AddEventMutationVariables>;
export const OpenProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"notIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECTIFIED"},{"kind":"EnumValue","value":"VERIFIED"}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenProblemsQuery, OpenProblemsQueryVariables>;
export const UpsertRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertRegionMutation, UpsertRegionMutationVariables>;
export const UpsertAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertAgencyMutation, UpsertAgencyMutationVariables>;
export const UpsertOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertOfficerMutation, UpsertOfficerMutationVariables>;
export const RecordTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const OfficerTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"no"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officerNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"no"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerTrainingQuery, OfficerTrainingQueryVariables>;
export const RecordReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]} as unknown as DocumentNode<RecordReviewMutation, RecordReviewMutationVariables>;
export const ReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewGrade"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsQuery, ReviewsQueryVariables>;
export const RecordSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSurveyMutation, RecordSurveyMutationVariables>;
export const RecordComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}}]}}]}}]} as unknown as DocumentNode<RecordComplaintMutation, RecordComplaintMutationVariables>;
export const MoveComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComplaintStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferredToDiscipline"}}]}}]}}]} as unknown as DocumentNode<MoveComplaintMutation, MoveComplaintMutationVariables>;
export const TrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ID"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}}]}}]}}]}}]} as unknown as DocumentNode<TrailQuery, TrailQueryVariables>;
export const SignalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Signals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementSignals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"violationItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"caseNos"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<SignalsQuery, SignalsQueryVariables>;
export const SignalCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementSignals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignalCasesQuery, SignalCasesQueryVariables>;
export const RaiseFromSignalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseFromSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProblemFromSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSignal"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<RaiseFromSignalMutation, RaiseFromSignalMutationVariables>;
export const RaisedProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RaisedProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sourceSignal"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSignal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"problem","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}}]}}]}}]}}]} as unknown as DocumentNode<RaisedProblemsQuery, RaisedProblemsQueryVariables>;
export const RecordTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<RecordTaskMutation, RecordTaskMutationVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UNIT_CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const TaskProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"half"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phases"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskPhase"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"half"},"value":{"kind":"Variable","name":{"kind":"Name","value":"half"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"phases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"}},{"kind":"Field","name":{"kind":"Name","value":"unitsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsReported"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDoneEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"meanProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notReported"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]} as unknown as DocumentNode<TaskProgressQuery, TaskProgressQueryVariables>;
export const ProgressResubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgressResubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<ProgressResubmitMutation, ProgressResubmitMutationVariables>;
export const WarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<WarningsQuery, WarningsQueryVariables>;
export const WarningDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrUpdateFilingDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WarningDraftMutation, WarningDraftMutationVariables>;
export const WarningSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WarningSubmitMutation, WarningSubmitMutationVariables>;
export const WarningReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarningReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WarningReturnMutation, WarningReturnMutationVariables>;
export const WebRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"compositeRounded"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"bestRank"}},{"kind":"Field","name":{"kind":"Name","value":"worstRank"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<WebRankingQuery, WebRankingQueryVariables>;
export const WebWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<WebWarningsQuery, WebWarningsQueryVariables>;
export const WebComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"disclosuresDue"}},{"kind":"Field","name":{"kind":"Name","value":"disclosuresOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"casesRecordKnown"}},{"kind":"Field","name":{"kind":"Name","value":"casesFullyRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewsDone"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"casesDisclosedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCases"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCasesReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"nonSiteCases"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCases"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCasesAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureRate"}},{"kind":"Field","name":{"kind":"Name","value":"caseDisclosureOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"fullProcessRecordRate"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewRate"}},{"kind":"Field","name":{"kind":"Name","value":"seriousCaseReviewRate"}},{"kind":"Field","name":{"kind":"Name","value":"nonSiteRate"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseImpactRate"}}]}}]}}]} as unknown as DocumentNode<WebComplianceQuery, WebComplianceQueryVariables>;
export const WebWorkforceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebWorkforce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"officersWithValidCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"}},{"kind":"Field","name":{"kind":"Name","value":"trainingComplianceRate"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsPerOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"penaltiesPerOfficer"}}]}}]}}]} as unknown as DocumentNode<WebWorkforceQuery, WebWorkforceQueryVariables>;
export const WebMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"noteZh"}},{"kind":"Field","name":{"kind":"Name","value":"noteEn"}}]}}]}}]} as unknown as DocumentNode<WebMetricsQuery, WebMetricsQueryVariables>;
export const WebAgenciesOfRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAgenciesOfRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGENCY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<WebAgenciesOfRegionQuery, WebAgenciesOfRegionQueryVariables>;