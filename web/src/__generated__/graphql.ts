/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Discretion band (裁量阶次): 轻微, 一般, 较重, 严重. */
export type Band =
  | 'GENERAL'
  | 'MINOR'
  | 'SERIOUS'
  | 'SEVERE';

/** What analytics rows are grouped by. REGION groups agencies under their district-level region (市直 for city-level agencies); DOMAIN counts an agency under each of its domains; QUARTER alone groups quarters of different years together (add YEAR for a time series). */
export type Dimension =
  | 'AGENCY'
  | 'DOMAIN'
  | 'QUARTER'
  | 'REGION'
  | 'YEAR';

/** Whom the efficiency evaluation ranks: district-level regions or agencies. */
export type Level =
  | 'AGENCY'
  | 'REGION';

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

/** Phase of the plan (实施阶段): 2022 提能筑基, 2023 集中攻坚, 2024 巩固提升. */
export type TaskPhase =
  | 'CAMPAIGN'
  | 'CAPABILITY'
  | 'CONSOLIDATION';

/** What an early warning (预警) is about: a quarterly filing (季度备案), a problem-list deadline (整改时限), a half-yearly progress report (工作情况报送). */
export type WarningKind =
  | 'FILING'
  | 'PROBLEM'
  | 'PROGRESS_REPORT';

/** 黄牌 YELLOW: due soon; 红牌 RED: past due. */
export type WarningLevel =
  | 'RED'
  | 'YELLOW';

export type DashboardQueryVariables = Exact<{
  year: number;
  level: Level;
  dim: Dimension;
  scope: Scope;
  area: Scope;
  asOf: string;
  from: string;
  city: boolean;
}>;


export type DashboardQuery = { ranking: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, quality: number | null, reviews: number | string, supervisionRate: number | null, satisfaction: number | null, respondents: number | string, composite: number | null, compositeRounded: number | null, rank: number | null, previousRank: number | null, rankChange: number | null, bestRank: number | null, worstRank: number | null, incomplete: boolean, missing: Array<string> }>, supervisionTrend: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, year: number | null, quarter: number | null, supervisionRate: number | null }>, supervision: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, inspectionsPlanned: number | string, inspectionsCompleted: number | string, itemsTotal: number | string, itemsExercised: number | string, filingsDue: number | string, filingsOnTime: number | string, inspectionRate: number | null, exerciseRate: number | null, timelinessRate: number | null, supervisionRate: number | null, inspectionWeight: number, exerciseWeight: number, timelinessWeight: number, reconsiderations: number | string, reconsiderationsOverturned: number | string, litigations: number | string, litigationsLost: number | string, overturnRate: number | null }>, discretion: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, cases: number | string, meanFineYuan: number | null, medianFineYuan: number | null, noLeniencyCases: number | string, outOfBandCases: number | string, leniencyCases: number | string, firstOffenceMinorCases: number | string, firstOffenceMinorLeniencyCases: number | string, outOfBandRate: number | null, leniencyRate: number | null, firstOffenceLeniencyRate: number | null }>, inconsistency?: Array<{ violationItemCode: string, itemName: string | null, band: Band, regions: number, cases: number | string, meanFineYuan: number | null, stddevFineYuan: number | null, coefficientOfVariation: number | null }>, rectification: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, total: number | string, rectified: number | string, verified: number | string, overdue: number | string, rectificationRate: number | null, medianDaysToRectify: number | null }>, burndown: Array<{ asOf: string, total: number | string, rectified: number | string, verified: number | string, overdue: number | string }>, signals: Array<{ id: string, kind: SignalKind, agencyCode: string, agencyName: string | null, regionCode: string, regionName: string | null, cases: number | string, value: number, baseline: number, label: string, labelEn: string }>, workforce: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, officersWithValidCertificate: number | string, compliantOfficers: number | string, trainingComplianceRate: number | null, inspections: number | string, penalties: number | string, inspectionsPerOfficer: number | null, penaltiesPerOfficer: number | null }>, compliance: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, disclosuresDue: number | string, disclosuresOnTime: number | string, legalReviewsRequired: number | string, legalReviewsDone: number | string, cases: number | string, casesDisclosedOnTime: number | string, seriousCases: number | string, seriousCasesReviewed: number | string, casesRecordKnown: number | string, casesFullyRecorded: number | string, nonSiteCases: number | string, enterpriseCases: number | string, enterpriseCasesAssessed: number | string, disclosureRate: number | null, legalReviewRate: number | null, caseDisclosureOnTimeRate: number | null, seriousCaseReviewRate: number | null, fullProcessRecordRate: number | null, nonSiteRate: number | null, enterpriseImpactRate: number | null }>, complaints: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, received: number | string, resolved: number | string, transferred: number | string, open: number | string, medianDaysToResolution: number | null, resolutionRate: number | null, complaintTransferRate: number | null }>, clues: Array<{ regionCode: string | null, agencyCode: string | null, label: string, labelEn: string, registered: number | string, transferred: number | string, withFeedback: number | string, medianDaysToTransfer: number | null, clueTransferRate: number | null, clueFeedbackRate: number | null }> };

export type DashboardYearsQueryVariables = Exact<{
  withMetrics: boolean;
}>;


export type DashboardYearsQuery = { supervisionRates: Array<{ year: number | null }>, metrics?: Array<{ name: string, titleZh: string, titleEn: string, formula: string, noteZh: string | null, noteEn: string | null }> };

export type DashboardTaskProgressFragment = { taskCode: string, title: string, section: string | null, phase: TaskPhase, leadUnit: string | null, deadline: string | null, unitsExpected: number, unitsReported: number, unitsDone: number, unitsDoneEarlier: number, meanProgress: number | null, units: Array<{ unitCode: string, unitName: string | null, reported: boolean, late: boolean | null }> };

export type DashboardOperationalQueryVariables = Exact<{
  asOf: string;
  area: Scope;
  year: number;
}>;


export type DashboardOperationalQuery = { warnings: Array<{ kind: WarningKind, level: WarningLevel, regionCode: string, regionName: string | null, agencyCode: string | null, name: string | null, subject: string, dueOn: string, daysOverdue: number, label: string }>, firstHalf: Array<{ taskCode: string, title: string, section: string | null, phase: TaskPhase, leadUnit: string | null, deadline: string | null, unitsExpected: number, unitsReported: number, unitsDone: number, unitsDoneEarlier: number, meanProgress: number | null, units: Array<{ unitCode: string, unitName: string | null, reported: boolean, late: boolean | null }> }>, secondHalf: Array<{ taskCode: string, title: string, section: string | null, phase: TaskPhase, leadUnit: string | null, deadline: string | null, unitsExpected: number, unitsReported: number, unitsDone: number, unitsDoneEarlier: number, meanProgress: number | null, units: Array<{ unitCode: string, unitName: string | null, reported: boolean, late: boolean | null }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardTaskProgressFragmentDoc = new TypedDocumentString(`
    fragment DashboardTaskProgress on TaskProgressRow {
  taskCode
  title
  section
  phase
  leadUnit
  deadline
  unitsExpected
  unitsReported
  unitsDone
  unitsDoneEarlier
  meanProgress
  units {
    unitCode
    unitName
    reported
    late
  }
}
    `, {"fragmentName":"DashboardTaskProgress"}) as unknown as TypedDocumentString<DashboardTaskProgressFragment, unknown>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($year: Int!, $level: Level!, $dim: Dimension!, $scope: Scope!, $area: Scope!, $asOf: Date!, $from: Date!, $city: Boolean!) {
  ranking: evaluationRanking(year: $year, level: $level) {
    regionCode
    agencyCode
    label
    labelEn
    quality
    reviews
    supervisionRate
    satisfaction
    respondents
    composite
    compositeRounded
    rank
    previousRank
    rankChange
    bestRank
    worstRank
    incomplete
    missing
  }
  supervisionTrend: supervisionRates(
    scope: $scope
    groupBy: [$dim, YEAR, QUARTER]
  ) {
    regionCode
    agencyCode
    label
    labelEn
    year
    quarter
    supervisionRate
  }
  supervision: supervisionRates(scope: $scope, groupBy: [$dim]) {
    regionCode
    agencyCode
    label
    labelEn
    inspectionsPlanned
    inspectionsCompleted
    itemsTotal
    itemsExercised
    filingsDue
    filingsOnTime
    inspectionRate
    exerciseRate
    timelinessRate
    supervisionRate
    inspectionWeight
    exerciseWeight
    timelinessWeight
    reconsiderations
    reconsiderationsOverturned
    litigations
    litigationsLost
    overturnRate
  }
  discretion: penaltyDiscretion(scope: $scope, groupBy: [$dim]) {
    regionCode
    agencyCode
    label
    labelEn
    cases
    meanFineYuan
    medianFineYuan
    noLeniencyCases
    outOfBandCases
    leniencyCases
    firstOffenceMinorCases
    firstOffenceMinorLeniencyCases
    outOfBandRate
    leniencyRate
    firstOffenceLeniencyRate
  }
  inconsistency: discretionInconsistency(year: $year) @include(if: $city) {
    violationItemCode
    itemName
    band
    regions
    cases
    meanFineYuan
    stddevFineYuan
    coefficientOfVariation
  }
  rectification: rectificationProgress(scope: $area, asOf: $asOf, groupBy: [$dim]) {
    regionCode
    agencyCode
    label
    labelEn
    total
    rectified
    verified
    overdue
    rectificationRate
    medianDaysToRectify
  }
  burndown: rectificationBurndown(scope: $area, from: $from, to: $asOf) {
    asOf
    total
    rectified
    verified
    overdue
  }
  signals: enforcementSignals(year: $year, scope: $area) {
    id
    kind
    agencyCode
    agencyName
    regionCode
    regionName
    cases
    value
    baseline
    label
    labelEn
  }
  workforce(year: $year, scope: $area, groupBy: [$dim]) {
    regionCode
    agencyCode
    label
    labelEn
    officersWithValidCertificate
    compliantOfficers
    trainingComplianceRate
    inspections
    penalties
    inspectionsPerOfficer
    penaltiesPerOfficer
  }
  compliance: enforcementCompliance(scope: $scope, groupBy: [$dim]) {
    regionCode
    agencyCode
    label
    labelEn
    disclosuresDue
    disclosuresOnTime
    legalReviewsRequired
    legalReviewsDone
    cases
    casesDisclosedOnTime
    seriousCases
    seriousCasesReviewed
    casesRecordKnown
    casesFullyRecorded
    nonSiteCases
    enterpriseCases
    enterpriseCasesAssessed
    disclosureRate
    legalReviewRate
    caseDisclosureOnTimeRate
    seriousCaseReviewRate
    fullProcessRecordRate
    nonSiteRate
    enterpriseImpactRate
  }
  complaints: complaintHandling(scope: $scope, groupBy: [$dim]) {
    regionCode
    agencyCode
    label
    labelEn
    received
    resolved
    transferred
    open
    medianDaysToResolution
    resolutionRate
    complaintTransferRate
  }
  clues: clueTransfers(scope: $scope, groupBy: [$dim]) {
    regionCode
    agencyCode
    label
    labelEn
    registered
    transferred
    withFeedback
    medianDaysToTransfer
    clueTransferRate
    clueFeedbackRate
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const DashboardYearsDocument = new TypedDocumentString(`
    query DashboardYears($withMetrics: Boolean!) {
  supervisionRates(groupBy: [YEAR]) {
    year
  }
  metrics @include(if: $withMetrics) {
    name
    titleZh
    titleEn
    formula
    noteZh
    noteEn
  }
}
    `) as unknown as TypedDocumentString<DashboardYearsQuery, DashboardYearsQueryVariables>;
export const DashboardOperationalDocument = new TypedDocumentString(`
    query DashboardOperational($asOf: Date!, $area: Scope!, $year: Int!) {
  warnings(asOf: $asOf, scope: $area) {
    kind
    level
    regionCode
    regionName
    agencyCode
    name
    subject
    dueOn
    daysOverdue
    label
  }
  firstHalf: taskProgress(year: $year, half: 1, scope: $area) {
    ...DashboardTaskProgress
  }
  secondHalf: taskProgress(year: $year, half: 2, scope: $area) {
    ...DashboardTaskProgress
  }
}
    fragment DashboardTaskProgress on TaskProgressRow {
  taskCode
  title
  section
  phase
  leadUnit
  deadline
  unitsExpected
  unitsReported
  unitsDone
  unitsDoneEarlier
  meanProgress
  units {
    unitCode
    unitName
    reported
    late
  }
}`) as unknown as TypedDocumentString<DashboardOperationalQuery, DashboardOperationalQueryVariables>;