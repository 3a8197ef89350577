/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MetricSupervision($scope: Scope, $groupBy: [Dimension!]!) {\n    supervisionRates(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime\n      inspectionRate exerciseRate timelinessRate supervisionRate overturnRate\n    }\n  }\n": typeof types.MetricSupervisionDocument,
    "\n  query MetricPenalties($scope: Scope, $groupBy: [Dimension!]!) {\n    penaltyDiscretion(scope: $scope, groupBy: $groupBy) {\n      regionCode domainCode year cases finesTotalYuan meanFineYuan medianFineYuan p10FineYuan p90FineYuan\n      noLeniencyCases outOfBandCases casesWithoutStandard outOfBandRate leniencyRate firstOffenceLeniencyRate\n    }\n  }\n": typeof types.MetricPenaltiesDocument,
    "\n  query MetricInconsistency($year: Int!, $minCases: Int) {\n    discretionInconsistency(year: $year, minCases: $minCases) {\n      violationItemCode band regions cases meanFineYuan coefficientOfVariation\n    }\n  }\n": typeof types.MetricInconsistencyDocument,
    "\n  query MetricRectification($asOf: Date!, $groupBy: [Dimension!]!) {\n    rectificationProgress(asOf: $asOf, groupBy: $groupBy) {\n      regionCode asOf total rectified verified overdue rectificationRate verificationRate medianDaysToRectify\n    }\n  }\n": typeof types.MetricRectificationDocument,
    "\n  query MetricRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) {\n      regionCode agencyCode quality supervisionRate satisfaction composite rank previousRank rankChange incomplete missing\n    }\n  }\n": typeof types.MetricRankingDocument,
    "\n  query MetricWorkforce($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) { regionCode officersWithValidCertificate compliantOfficers trainingComplianceRate }\n  }\n": typeof types.MetricWorkforceDocument,
    "\n  query BiMetrics { metrics { name titleZh titleEn formula } }\n": typeof types.BiMetricsDocument,
    "\n  query BiSupervisionByRegionYear {\n    supervisionRates(groupBy: [REGION, YEAR]) { regionCode year inspectionsPlanned filingsDue inspectionRate exerciseRate timelinessRate overturnRate }\n  }\n": typeof types.BiSupervisionByRegionYearDocument,
    "\n  query BiPenaltyByRegionYear {\n    penaltyDiscretion(groupBy: [REGION, YEAR]) { regionCode year cases noLeniencyCases outOfBandRate leniencyRate meanFineYuan }\n  }\n": typeof types.BiPenaltyByRegionYearDocument,
    "\n  query CatalogueCompliance($scope: Scope, $groupBy: [Dimension!]!) {\n    enforcementCompliance(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      disclosuresDue disclosuresOnTime legalReviewsRequired legalReviewsDone\n      cases casesDisclosedOnTime seriousCases seriousCasesReviewed casesRecordKnown casesFullyRecorded\n      nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate legalReviewRate caseDisclosureOnTimeRate seriousCaseReviewRate fullProcessRecordRate nonSiteRate enterpriseImpactRate\n    }\n  }\n": typeof types.CatalogueComplianceDocument,
    "\n  query CatalogueIntensity($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) {\n      regionCode agencyCode officersWithValidCertificate inspections penalties inspectionsPerOfficer penaltiesPerOfficer trainingComplianceRate\n    }\n  }\n": typeof types.CatalogueIntensityDocument,
    "\n  query CatalogueRanking($year: Int!, $level: Level!, $weights: EvaluationWeightsInput) {\n    evaluationRanking(year: $year, level: $level, weights: $weights) { agencyCode composite rank incomplete bestRank worstRank }\n  }\n": typeof types.CatalogueRankingDocument,
    "\n  query CatalogueMetrics { metrics { name titleZh titleEn formula numerator denominator queries dimensions } }\n": typeof types.CatalogueMetricsDocument,
    "\n  mutation CreateClue($input: ClueInput!) { createClue(input: $input) { clueCode agencyCode source complaintNo step } }\n": typeof types.CreateClueDocument,
    "\n  mutation AdvanceClue($clueCode: String!, $step: ClueStep!, $stepOn: Date!, $receivingOrgan: String, $documentNo: String, $outcome: String) {\n    advanceClue(clueCode: $clueCode, step: $step, stepOn: $stepOn, receivingOrgan: $receivingOrgan, documentNo: $documentNo, outcome: $outcome) {\n      step steps { step stepOn receivingOrgan documentNo outcome }\n    }\n  }\n": typeof types.AdvanceClueDocument,
    "query Clues { clues(filter: { step: { in: [TRANSFERRED, FEEDBACK] } }) { totalCount nodes { clueCode agency { code } } } }": typeof types.CluesDocument,
    "query ClueTrail { auditEvents(filter: { entity: { eq: \"clue\" } }) { nodes { action entityKey } } }": typeof types.ClueTrailDocument,
    "\n  query DemoLeads($asOf: Date!) {\n    enforcementSignals(year: 2024) { kind agencyCode cases }\n    warnings(asOf: $asOf) { kind level subject dueOn daysOverdue }\n  }\n": typeof types.DemoLeadsDocument,
    "\n  mutation SaveDraft($input: FilingInput!) {\n    createOrUpdateFilingDraft(input: $input) { status itemsTotal itemsExercised penaltyCount finesTotalYuan }\n  }\n": typeof types.SaveDraftDocument,
    "mutation Submit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status submittedAt onTime } }": typeof types.SubmitDocument,
    "mutation Accept($agencyCode: String!, $year: Int!, $quarter: Int!) { acceptFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status reviewedBy } }": typeof types.AcceptDocument,
    "mutation Return($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status returnReason } }": typeof types.ReturnDocument,
    "\n  query FilingTrail($entityKey: String!) {\n    auditEvents(filter: { entity: { eq: \"filing\" }, entityKey: { eq: $entityKey } }) { totalCount nodes { action actor before after } }\n  }\n": typeof types.FilingTrailDocument,
    "mutation RecordPenalty($input: PenaltyCaseInput!) { recordPenaltyCase(input: $input) { caseNo year quarter band leniency fineYuan partyType standard { maxYuan } } }": typeof types.RecordPenaltyDocument,
    "mutation RecordStandard($input: StandardInput!) { recordStandard(input: $input) { violationItemCode band validFrom validTo minYuan maxYuan } }": typeof types.RecordStandardDocument,
    "mutation RecordPowerItem($input: PowerItemInput!) { recordPowerItem(input: $input) { agencyCode itemCode name domain actionType agency { code } } }": typeof types.RecordPowerItemDocument,
    "mutation RecordAssessment($input: AssessmentInput!) { recordAssessment(input: $input) { officerNo year result testScore } }": typeof types.RecordAssessmentDocument,
    "query KindPowerItems { powerItems(orderBy: [{ field: ITEM_CODE, direction: ASC }]) { nodes { agencyCode itemCode name actionType } } }": typeof types.KindPowerItemsDocument,
    "query KindOfficerAssessments($no: String!) { officer(officerNo: $no) { assessments { year result testScore } } }": typeof types.KindOfficerAssessmentsDocument,
    "query KindTrail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey actor } } }": typeof types.KindTrailDocument,
    "\n  query RegionTree($code: String!) {\n    region(code: $code) { code parent { code } ancestors { code type } children { code } agencies { code } }\n  }\n": typeof types.RegionTreeDocument,
    "\n  query AgencyPage($first: Int, $after: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { code name regionCode domains }\n    }\n  }\n": typeof types.AgencyPageDocument,
    "\n  query AgenciesNested($first: Int) {\n    agencies(first: $first) {\n      nodes { code region { name } officers { name } filings { year quarter status onTime } }\n    }\n  }\n": typeof types.AgenciesNestedDocument,
    "\n  query CaseWithBand($agencyCode: String!, $caseNo: String!) {\n    penaltyCase(agencyCode: $agencyCode, caseNo: $caseNo) {\n      year quarter fineYuan partyName agency { code } standard { validFrom minYuan maxYuan }\n    }\n  }\n": typeof types.CaseWithBandDocument,
    "\n  query OversightComplaints($scope: Scope, $groupBy: [Dimension!]!, $channels: [ComplaintChannel!], $byChannel: Boolean) {\n    complaintHandling(scope: $scope, groupBy: $groupBy, channels: $channels, byChannel: $byChannel) {\n      regionCode agencyCode domainCode year quarter channel label\n      received resolved transferred open medianDaysToResolution resolutionRate complaintTransferRate\n    }\n  }\n": typeof types.OversightComplaintsDocument,
    "\n  query OversightClues($scope: Scope, $groupBy: [Dimension!]!) {\n    clueTransfers(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode year quarter registered transferred withFeedback medianDaysToTransfer clueTransferRate clueFeedbackRate\n    }\n  }\n": typeof types.OversightCluesDocument,
    "\n  mutation CreateProblem($input: ProblemInput!) { createProblem(input: $input) { code status region { code } agency { code } } }\n": typeof types.CreateProblemDocument,
    "\n  mutation AddEvent($problemCode: String!, $status: ProblemStatus!, $statusOn: Date!, $note: String) {\n    addProblemStatusEvent(problemCode: $problemCode, status: $status, statusOn: $statusOn, note: $note) {\n      status events { seq status statusOn note }\n    }\n  }\n": typeof types.AddEventDocument,
    "\n  query OpenProblems { problems(filter: { status: { notIn: [RECTIFIED, VERIFIED] } }) { totalCount nodes { code } } }\n": typeof types.OpenProblemsDocument,
    "mutation UpsertRegion($input: RegionInput!) { upsertRegion(input: $input) { code name parent { code } } }": typeof types.UpsertRegionDocument,
    "mutation UpsertAgency($input: AgencyInput!) { upsertAgency(input: $input) { code domains region { code } } }": typeof types.UpsertAgencyDocument,
    "mutation UpsertOfficer($input: OfficerInput!) { upsertOfficer(input: $input) { officerNo name idNumber agency { code } } }": typeof types.UpsertOfficerDocument,
    "mutation RecordTraining($input: TrainingInput!) { recordTraining(input: $input) { year type hours } }": typeof types.RecordTrainingDocument,
    "query OfficerTraining($no: String!) { officer(officerNo: $no) { certificateStatus training(year: 2023) { type hours } assessments { year } } }": typeof types.OfficerTrainingDocument,
    "mutation RecordReview($input: CaseReviewInput!) { recordCaseReview(input: $input) { score grade } }": typeof types.RecordReviewDocument,
    "query Reviews($grade: ReviewGrade!) { caseReviews(filter: { grade: { eq: $grade } }) { nodes { caseNo grade } } }": typeof types.ReviewsDocument,
    "mutation RecordSurvey($input: SurveyInput!) { recordSurvey(input: $input) { id respondents score region { code } } }": typeof types.RecordSurveyDocument,
    "mutation RecordComplaint($input: ComplaintInput!) { recordComplaint(input: $input) { id status complainantName } }": typeof types.RecordComplaintDocument,
    "mutation MoveComplaint($id: Int!, $status: ComplaintStatus!) { updateComplaintStatus(id: $id, status: $status) { status transferredToDiscipline } }": typeof types.MoveComplaintDocument,
    "query Trail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey } } }": typeof types.TrailDocument,
    "\n  query Signals($year: Int!, $scope: Scope, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, scope: $scope, kinds: $kinds) {\n      id kind agencyCode regionCode month violationItemCode domainCode cases value baseline caseNos label\n    }\n  }\n": typeof types.SignalsDocument,
    "\n  query SignalCases($year: Int!, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, kinds: $kinds) { agencyCode penaltyCases(first: 100) { totalCount nodes { caseNo decidedOn } } }\n  }\n": typeof types.SignalCasesDocument,
    "\n  mutation RaiseFromSignal($input: SignalProblemInput!) {\n    createProblemFromSignal(input: $input) { code regionCode agencyCode domain category source status identifiedOn deadline sourceSignal description }\n  }\n": typeof types.RaiseFromSignalDocument,
    "\n  query RaisedProblems {\n    problems(filter: { sourceSignal: { isNull: false } }) { nodes { code sourceSignal } }\n    auditEvents(filter: { entity: { eq: \"problem\" } }) { nodes { action actor entityKey } }\n  }\n": typeof types.RaisedProblemsDocument,
    "mutation RecordTask($input: TaskInput!) { recordTask(input: $input) { taskCode phase deadline } }": typeof types.RecordTaskDocument,
    "\n  mutation SubmitReport($input: ProgressReportInput!) { submitProgressReport(input: $input) { unitCode progress status task { title } } }\n": typeof types.SubmitReportDocument,
    "\n  query Reports($filter: ProgressReportFilter) { progressReports(filter: $filter, orderBy: [{ field: UNIT_CODE, direction: ASC }]) { totalCount nodes { unitCode progress } } }\n": typeof types.ReportsDocument,
    "\n  query TaskProgress($year: Int!, $half: Int!, $scope: Scope, $phases: [TaskPhase!]) {\n    taskProgress(year: $year, half: $half, scope: $scope, phases: $phases) {\n      taskCode phase leadUnit unitsExpected unitsReported unitsDone unitsDoneEarlier meanProgress notReported\n      units { unitCode reported status progress late }\n    }\n  }\n": typeof types.TaskProgressDocument,
    "mutation ProgressResubmit($input: ProgressReportInput!) { submitProgressReport(input: $input) { progress } }": typeof types.ProgressResubmitDocument,
    "\n  query Warnings($asOf: Date!, $scope: Scope, $kinds: [WarningKind!]) {\n    warnings(asOf: $asOf, scope: $scope, kinds: $kinds) { kind level agencyCode unitCode regionCode subject dueOn daysOverdue label }\n  }\n": typeof types.WarningsDocument,
    "mutation WarningDraft($input: FilingInput!) { createOrUpdateFilingDraft(input: $input) { status } }": typeof types.WarningDraftDocument,
    "mutation WarningSubmit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status } }": typeof types.WarningSubmitDocument,
    "mutation WarningReturn($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status } }": typeof types.WarningReturnDocument,
    "\n  query WebRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) { regionCode agencyCode label labelEn compositeRounded composite rank bestRank worstRank quality satisfaction incomplete missing }\n  }\n": typeof types.WebRankingDocument,
    "\n  query WebWarnings($asOf: Date!) { warnings(asOf: $asOf) { level label } }\n": typeof types.WebWarningsDocument,
    "\n  query WebCompliance($scope: Scope!) {\n    enforcementCompliance(scope: $scope, groupBy: [REGION]) {\n      label disclosuresDue disclosuresOnTime casesRecordKnown casesFullyRecorded legalReviewsRequired legalReviewsDone cases casesDisclosedOnTime\n      seriousCases seriousCasesReviewed nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate caseDisclosureOnTimeRate fullProcessRecordRate legalReviewRate seriousCaseReviewRate nonSiteRate enterpriseImpactRate\n    }\n  }\n": typeof types.WebComplianceDocument,
    "\n  query WebWorkforce($year: Int!) {\n    workforce(year: $year, groupBy: [REGION]) { label officersWithValidCertificate inspections penalties trainingComplianceRate inspectionsPerOfficer penaltiesPerOfficer }\n  }\n": typeof types.WebWorkforceDocument,
    "\n  query WebMetrics { metrics { name titleZh titleEn formula noteZh noteEn } }\n": typeof types.WebMetricsDocument,
    "\n  query WebAgenciesOfRegion($scope: Scope!) { supervisionRates(scope: $scope, groupBy: [AGENCY]) { agencyCode label } }\n": typeof types.WebAgenciesOfRegionDocument,
};
const documents: Documents = {
    "\n  query MetricSupervision($scope: Scope, $groupBy: [Dimension!]!) {\n    supervisionRates(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime\n      inspectionRate exerciseRate timelinessRate supervisionRate overturnRate\n    }\n  }\n": types.MetricSupervisionDocument,
    "\n  query MetricPenalties($scope: Scope, $groupBy: [Dimension!]!) {\n    penaltyDiscretion(scope: $scope, groupBy: $groupBy) {\n      regionCode domainCode year cases finesTotalYuan meanFineYuan medianFineYuan p10FineYuan p90FineYuan\n      noLeniencyCases outOfBandCases casesWithoutStandard outOfBandRate leniencyRate firstOffenceLeniencyRate\n    }\n  }\n": types.MetricPenaltiesDocument,
    "\n  query MetricInconsistency($year: Int!, $minCases: Int) {\n    discretionInconsistency(year: $year, minCases: $minCases) {\n      violationItemCode band regions cases meanFineYuan coefficientOfVariation\n    }\n  }\n": types.MetricInconsistencyDocument,
    "\n  query MetricRectification($asOf: Date!, $groupBy: [Dimension!]!) {\n    rectificationProgress(asOf: $asOf, groupBy: $groupBy) {\n      regionCode asOf total rectified verified overdue rectificationRate verificationRate medianDaysToRectify\n    }\n  }\n": types.MetricRectificationDocument,
    "\n  query MetricRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) {\n      regionCode agencyCode quality supervisionRate satisfaction composite rank previousRank rankChange incomplete missing\n    }\n  }\n": types.MetricRankingDocument,
    "\n  query MetricWorkforce($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) { regionCode officersWithValidCertificate compliantOfficers trainingComplianceRate }\n  }\n": types.MetricWorkforceDocument,
    "\n  query BiMetrics { metrics { name titleZh titleEn formula } }\n": types.BiMetricsDocument,
    "\n  query BiSupervisionByRegionYear {\n    supervisionRates(groupBy: [REGION, YEAR]) { regionCode year inspectionsPlanned filingsDue inspectionRate exerciseRate timelinessRate overturnRate }\n  }\n": types.BiSupervisionByRegionYearDocument,
    "\n  query BiPenaltyByRegionYear {\n    penaltyDiscretion(groupBy: [REGION, YEAR]) { regionCode year cases noLeniencyCases outOfBandRate leniencyRate meanFineYuan }\n  }\n": types.BiPenaltyByRegionYearDocument,
    "\n  query CatalogueCompliance($scope: Scope, $groupBy: [Dimension!]!) {\n    enforcementCompliance(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      disclosuresDue disclosuresOnTime legalReviewsRequired legalReviewsDone\n      cases casesDisclosedOnTime seriousCases seriousCasesReviewed casesRecordKnown casesFullyRecorded\n      nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate legalReviewRate caseDisclosureOnTimeRate seriousCaseReviewRate fullProcessRecordRate nonSiteRate enterpriseImpactRate\n    }\n  }\n": types.CatalogueComplianceDocument,
    "\n  query CatalogueIntensity($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) {\n      regionCode agencyCode officersWithValidCertificate inspections penalties inspectionsPerOfficer penaltiesPerOfficer trainingComplianceRate\n    }\n  }\n": types.CatalogueIntensityDocument,
    "\n  query CatalogueRanking($year: Int!, $level: Level!, $weights: EvaluationWeightsInput) {\n    evaluationRanking(year: $year, level: $level, weights: $weights) { agencyCode composite rank incomplete bestRank worstRank }\n  }\n": types.CatalogueRankingDocument,
    "\n  query CatalogueMetrics { metrics { name titleZh titleEn formula numerator denominator queries dimensions } }\n": types.CatalogueMetricsDocument,
    "\n  mutation CreateClue($input: ClueInput!) { createClue(input: $input) { clueCode agencyCode source complaintNo step } }\n": types.CreateClueDocument,
    "\n  mutation AdvanceClue($clueCode: String!, $step: ClueStep!, $stepOn: Date!, $receivingOrgan: String, $documentNo: String, $outcome: String) {\n    advanceClue(clueCode: $clueCode, step: $step, stepOn: $stepOn, receivingOrgan: $receivingOrgan, documentNo: $documentNo, outcome: $outcome) {\n      step steps { step stepOn receivingOrgan documentNo outcome }\n    }\n  }\n": types.AdvanceClueDocument,
    "query Clues { clues(filter: { step: { in: [TRANSFERRED, FEEDBACK] } }) { totalCount nodes { clueCode agency { code } } } }": types.CluesDocument,
    "query ClueTrail { auditEvents(filter: { entity: { eq: \"clue\" } }) { nodes { action entityKey } } }": types.ClueTrailDocument,
    "\n  query DemoLeads($asOf: Date!) {\n    enforcementSignals(year: 2024) { kind agencyCode cases }\n    warnings(asOf: $asOf) { kind level subject dueOn daysOverdue }\n  }\n": types.DemoLeadsDocument,
    "\n  mutation SaveDraft($input: FilingInput!) {\n    createOrUpdateFilingDraft(input: $input) { status itemsTotal itemsExercised penaltyCount finesTotalYuan }\n  }\n": types.SaveDraftDocument,
    "mutation Submit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status submittedAt onTime } }": types.SubmitDocument,
    "mutation Accept($agencyCode: String!, $year: Int!, $quarter: Int!) { acceptFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status reviewedBy } }": types.AcceptDocument,
    "mutation Return($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status returnReason } }": types.ReturnDocument,
    "\n  query FilingTrail($entityKey: String!) {\n    auditEvents(filter: { entity: { eq: \"filing\" }, entityKey: { eq: $entityKey } }) { totalCount nodes { action actor before after } }\n  }\n": types.FilingTrailDocument,
    "mutation RecordPenalty($input: PenaltyCaseInput!) { recordPenaltyCase(input: $input) { caseNo year quarter band leniency fineYuan partyType standard { maxYuan } } }": types.RecordPenaltyDocument,
    "mutation RecordStandard($input: StandardInput!) { recordStandard(input: $input) { violationItemCode band validFrom validTo minYuan maxYuan } }": types.RecordStandardDocument,
    "mutation RecordPowerItem($input: PowerItemInput!) { recordPowerItem(input: $input) { agencyCode itemCode name domain actionType agency { code } } }": types.RecordPowerItemDocument,
    "mutation RecordAssessment($input: AssessmentInput!) { recordAssessment(input: $input) { officerNo year result testScore } }": types.RecordAssessmentDocument,
    "query KindPowerItems { powerItems(orderBy: [{ field: ITEM_CODE, direction: ASC }]) { nodes { agencyCode itemCode name actionType } } }": types.KindPowerItemsDocument,
    "query KindOfficerAssessments($no: String!) { officer(officerNo: $no) { assessments { year result testScore } } }": types.KindOfficerAssessmentsDocument,
    "query KindTrail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey actor } } }": types.KindTrailDocument,
    "\n  query RegionTree($code: String!) {\n    region(code: $code) { code parent { code } ancestors { code type } children { code } agencies { code } }\n  }\n": types.RegionTreeDocument,
    "\n  query AgencyPage($first: Int, $after: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { code name regionCode domains }\n    }\n  }\n": types.AgencyPageDocument,
    "\n  query AgenciesNested($first: Int) {\n    agencies(first: $first) {\n      nodes { code region { name } officers { name } filings { year quarter status onTime } }\n    }\n  }\n": types.AgenciesNestedDocument,
    "\n  query CaseWithBand($agencyCode: String!, $caseNo: String!) {\n    penaltyCase(agencyCode: $agencyCode, caseNo: $caseNo) {\n      year quarter fineYuan partyName agency { code } standard { validFrom minYuan maxYuan }\n    }\n  }\n": types.CaseWithBandDocument,
    "\n  query OversightComplaints($scope: Scope, $groupBy: [Dimension!]!, $channels: [ComplaintChannel!], $byChannel: Boolean) {\n    complaintHandling(scope: $scope, groupBy: $groupBy, channels: $channels, byChannel: $byChannel) {\n      regionCode agencyCode domainCode year quarter channel label\n      received resolved transferred open medianDaysToResolution resolutionRate complaintTransferRate\n    }\n  }\n": types.OversightComplaintsDocument,
    "\n  query OversightClues($scope: Scope, $groupBy: [Dimension!]!) {\n    clueTransfers(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode year quarter registered transferred withFeedback medianDaysToTransfer clueTransferRate clueFeedbackRate\n    }\n  }\n": types.OversightCluesDocument,
    "\n  mutation CreateProblem($input: ProblemInput!) { createProblem(input: $input) { code status region { code } agency { code } } }\n": types.CreateProblemDocument,
    "\n  mutation AddEvent($problemCode: String!, $status: ProblemStatus!, $statusOn: Date!, $note: String) {\n    addProblemStatusEvent(problemCode: $problemCode, status: $status, statusOn: $statusOn, note: $note) {\n      status events { seq status statusOn note }\n    }\n  }\n": types.AddEventDocument,
    "\n  query OpenProblems { problems(filter: { status: { notIn: [RECTIFIED, VERIFIED] } }) { totalCount nodes { code } } }\n": types.OpenProblemsDocument,
    "mutation UpsertRegion($input: RegionInput!) { upsertRegion(input: $input) { code name parent { code } } }": types.UpsertRegionDocument,
    "mutation UpsertAgency($input: AgencyInput!) { upsertAgency(input: $input) { code domains region { code } } }": types.UpsertAgencyDocument,
    "mutation UpsertOfficer($input: OfficerInput!) { upsertOfficer(input: $input) { officerNo name idNumber agency { code } } }": types.UpsertOfficerDocument,
    "mutation RecordTraining($input: TrainingInput!) { recordTraining(input: $input) { year type hours } }": types.RecordTrainingDocument,
    "query OfficerTraining($no: String!) { officer(officerNo: $no) { certificateStatus training(year: 2023) { type hours } assessments { year } } }": types.OfficerTrainingDocument,
    "mutation RecordReview($input: CaseReviewInput!) { recordCaseReview(input: $input) { score grade } }": types.RecordReviewDocument,
    "query Reviews($grade: ReviewGrade!) { caseReviews(filter: { grade: { eq: $grade } }) { nodes { caseNo grade } } }": types.ReviewsDocument,
    "mutation RecordSurvey($input: SurveyInput!) { recordSurvey(input: $input) { id respondents score region { code } } }": types.RecordSurveyDocument,
    "mutation RecordComplaint($input: ComplaintInput!) { recordComplaint(input: $input) { id status complainantName } }": types.RecordComplaintDocument,
    "mutation MoveComplaint($id: Int!, $status: ComplaintStatus!) { updateComplaintStatus(id: $id, status: $status) { status transferredToDiscipline } }": types.MoveComplaintDocument,
    "query Trail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey } } }": types.TrailDocument,
    "\n  query Signals($year: Int!, $scope: Scope, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, scope: $scope, kinds: $kinds) {\n      id kind agencyCode regionCode month violationItemCode domainCode cases value baseline caseNos label\n    }\n  }\n": types.SignalsDocument,
    "\n  query SignalCases($year: Int!, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, kinds: $kinds) { agencyCode penaltyCases(first: 100) { totalCount nodes { caseNo decidedOn } } }\n  }\n": types.SignalCasesDocument,
    "\n  mutation RaiseFromSignal($input: SignalProblemInput!) {\n    createProblemFromSignal(input: $input) { code regionCode agencyCode domain category source status identifiedOn deadline sourceSignal description }\n  }\n": types.RaiseFromSignalDocument,
    "\n  query RaisedProblems {\n    problems(filter: { sourceSignal: { isNull: false } }) { nodes { code sourceSignal } }\n    auditEvents(filter: { entity: { eq: \"problem\" } }) { nodes { action actor entityKey } }\n  }\n": types.RaisedProblemsDocument,
    "mutation RecordTask($input: TaskInput!) { recordTask(input: $input) { taskCode phase deadline } }": types.RecordTaskDocument,
    "\n  mutation SubmitReport($input: ProgressReportInput!) { submitProgressReport(input: $input) { unitCode progress status task { title } } }\n": types.SubmitReportDocument,
    "\n  query Reports($filter: ProgressReportFilter) { progressReports(filter: $filter, orderBy: [{ field: UNIT_CODE, direction: ASC }]) { totalCount nodes { unitCode progress } } }\n": types.ReportsDocument,
    "\n  query TaskProgress($year: Int!, $half: Int!, $scope: Scope, $phases: [TaskPhase!]) {\n    taskProgress(year: $year, half: $half, scope: $scope, phases: $phases) {\n      taskCode phase leadUnit unitsExpected unitsReported unitsDone unitsDoneEarlier meanProgress notReported\n      units { unitCode reported status progress late }\n    }\n  }\n": types.TaskProgressDocument,
    "mutation ProgressResubmit($input: ProgressReportInput!) { submitProgressReport(input: $input) { progress } }": types.ProgressResubmitDocument,
    "\n  query Warnings($asOf: Date!, $scope: Scope, $kinds: [WarningKind!]) {\n    warnings(asOf: $asOf, scope: $scope, kinds: $kinds) { kind level agencyCode unitCode regionCode subject dueOn daysOverdue label }\n  }\n": types.WarningsDocument,
    "mutation WarningDraft($input: FilingInput!) { createOrUpdateFilingDraft(input: $input) { status } }": types.WarningDraftDocument,
    "mutation WarningSubmit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status } }": types.WarningSubmitDocument,
    "mutation WarningReturn($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status } }": types.WarningReturnDocument,
    "\n  query WebRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) { regionCode agencyCode label labelEn compositeRounded composite rank bestRank worstRank quality satisfaction incomplete missing }\n  }\n": types.WebRankingDocument,
    "\n  query WebWarnings($asOf: Date!) { warnings(asOf: $asOf) { level label } }\n": types.WebWarningsDocument,
    "\n  query WebCompliance($scope: Scope!) {\n    enforcementCompliance(scope: $scope, groupBy: [REGION]) {\n      label disclosuresDue disclosuresOnTime casesRecordKnown casesFullyRecorded legalReviewsRequired legalReviewsDone cases casesDisclosedOnTime\n      seriousCases seriousCasesReviewed nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate caseDisclosureOnTimeRate fullProcessRecordRate legalReviewRate seriousCaseReviewRate nonSiteRate enterpriseImpactRate\n    }\n  }\n": types.WebComplianceDocument,
    "\n  query WebWorkforce($year: Int!) {\n    workforce(year: $year, groupBy: [REGION]) { label officersWithValidCertificate inspections penalties trainingComplianceRate inspectionsPerOfficer penaltiesPerOfficer }\n  }\n": types.WebWorkforceDocument,
    "\n  query WebMetrics { metrics { name titleZh titleEn formula noteZh noteEn } }\n": types.WebMetricsDocument,
    "\n  query WebAgenciesOfRegion($scope: Scope!) { supervisionRates(scope: $scope, groupBy: [AGENCY]) { agencyCode label } }\n": types.WebAgenciesOfRegionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricSupervision($scope: Scope, $groupBy: [Dimension!]!) {\n    supervisionRates(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime\n      inspectionRate exerciseRate timelinessRate supervisionRate overturnRate\n    }\n  }\n"): (typeof documents)["\n  query MetricSupervision($scope: Scope, $groupBy: [Dimension!]!) {\n    supervisionRates(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime\n      inspectionRate exerciseRate timelinessRate supervisionRate overturnRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricPenalties($scope: Scope, $groupBy: [Dimension!]!) {\n    penaltyDiscretion(scope: $scope, groupBy: $groupBy) {\n      regionCode domainCode year cases finesTotalYuan meanFineYuan medianFineYuan p10FineYuan p90FineYuan\n      noLeniencyCases outOfBandCases casesWithoutStandard outOfBandRate leniencyRate firstOffenceLeniencyRate\n    }\n  }\n"): (typeof documents)["\n  query MetricPenalties($scope: Scope, $groupBy: [Dimension!]!) {\n    penaltyDiscretion(scope: $scope, groupBy: $groupBy) {\n      regionCode domainCode year cases finesTotalYuan meanFineYuan medianFineYuan p10FineYuan p90FineYuan\n      noLeniencyCases outOfBandCases casesWithoutStandard outOfBandRate leniencyRate firstOffenceLeniencyRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricInconsistency($year: Int!, $minCases: Int) {\n    discretionInconsistency(year: $year, minCases: $minCases) {\n      violationItemCode band regions cases meanFineYuan coefficientOfVariation\n    }\n  }\n"): (typeof documents)["\n  query MetricInconsistency($year: Int!, $minCases: Int) {\n    discretionInconsistency(year: $year, minCases: $minCases) {\n      violationItemCode band regions cases meanFineYuan coefficientOfVariation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricRectification($asOf: Date!, $groupBy: [Dimension!]!) {\n    rectificationProgress(asOf: $asOf, groupBy: $groupBy) {\n      regionCode asOf total rectified verified overdue rectificationRate verificationRate medianDaysToRectify\n    }\n  }\n"): (typeof documents)["\n  query MetricRectification($asOf: Date!, $groupBy: [Dimension!]!) {\n    rectificationProgress(asOf: $asOf, groupBy: $groupBy) {\n      regionCode asOf total rectified verified overdue rectificationRate verificationRate medianDaysToRectify\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) {\n      regionCode agencyCode quality supervisionRate satisfaction composite rank previousRank rankChange incomplete missing\n    }\n  }\n"): (typeof documents)["\n  query MetricRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) {\n      regionCode agencyCode quality supervisionRate satisfaction composite rank previousRank rankChange incomplete missing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricWorkforce($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) { regionCode officersWithValidCertificate compliantOfficers trainingComplianceRate }\n  }\n"): (typeof documents)["\n  query MetricWorkforce($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) { regionCode officersWithValidCertificate compliantOfficers trainingComplianceRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BiMetrics { metrics { name titleZh titleEn formula } }\n"): (typeof documents)["\n  query BiMetrics { metrics { name titleZh titleEn formula } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BiSupervisionByRegionYear {\n    supervisionRates(groupBy: [REGION, YEAR]) { regionCode year inspectionsPlanned filingsDue inspectionRate exerciseRate timelinessRate overturnRate }\n  }\n"): (typeof documents)["\n  query BiSupervisionByRegionYear {\n    supervisionRates(groupBy: [REGION, YEAR]) { regionCode year inspectionsPlanned filingsDue inspectionRate exerciseRate timelinessRate overturnRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BiPenaltyByRegionYear {\n    penaltyDiscretion(groupBy: [REGION, YEAR]) { regionCode year cases noLeniencyCases outOfBandRate leniencyRate meanFineYuan }\n  }\n"): (typeof documents)["\n  query BiPenaltyByRegionYear {\n    penaltyDiscretion(groupBy: [REGION, YEAR]) { regionCode year cases noLeniencyCases outOfBandRate leniencyRate meanFineYuan }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueCompliance($scope: Scope, $groupBy: [Dimension!]!) {\n    enforcementCompliance(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      disclosuresDue disclosuresOnTime legalReviewsRequired legalReviewsDone\n      cases casesDisclosedOnTime seriousCases seriousCasesReviewed casesRecordKnown casesFullyRecorded\n      nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate legalReviewRate caseDisclosureOnTimeRate seriousCaseReviewRate fullProcessRecordRate nonSiteRate enterpriseImpactRate\n    }\n  }\n"): (typeof documents)["\n  query CatalogueCompliance($scope: Scope, $groupBy: [Dimension!]!) {\n    enforcementCompliance(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode domainCode year quarter label\n      disclosuresDue disclosuresOnTime legalReviewsRequired legalReviewsDone\n      cases casesDisclosedOnTime seriousCases seriousCasesReviewed casesRecordKnown casesFullyRecorded\n      nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate legalReviewRate caseDisclosureOnTimeRate seriousCaseReviewRate fullProcessRecordRate nonSiteRate enterpriseImpactRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueIntensity($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) {\n      regionCode agencyCode officersWithValidCertificate inspections penalties inspectionsPerOfficer penaltiesPerOfficer trainingComplianceRate\n    }\n  }\n"): (typeof documents)["\n  query CatalogueIntensity($year: Int!, $groupBy: [Dimension!]!) {\n    workforce(year: $year, groupBy: $groupBy) {\n      regionCode agencyCode officersWithValidCertificate inspections penalties inspectionsPerOfficer penaltiesPerOfficer trainingComplianceRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueRanking($year: Int!, $level: Level!, $weights: EvaluationWeightsInput) {\n    evaluationRanking(year: $year, level: $level, weights: $weights) { agencyCode composite rank incomplete bestRank worstRank }\n  }\n"): (typeof documents)["\n  query CatalogueRanking($year: Int!, $level: Level!, $weights: EvaluationWeightsInput) {\n    evaluationRanking(year: $year, level: $level, weights: $weights) { agencyCode composite rank incomplete bestRank worstRank }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueMetrics { metrics { name titleZh titleEn formula numerator denominator queries dimensions } }\n"): (typeof documents)["\n  query CatalogueMetrics { metrics { name titleZh titleEn formula numerator denominator queries dimensions } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClue($input: ClueInput!) { createClue(input: $input) { clueCode agencyCode source complaintNo step } }\n"): (typeof documents)["\n  mutation CreateClue($input: ClueInput!) { createClue(input: $input) { clueCode agencyCode source complaintNo step } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceClue($clueCode: String!, $step: ClueStep!, $stepOn: Date!, $receivingOrgan: String, $documentNo: String, $outcome: String) {\n    advanceClue(clueCode: $clueCode, step: $step, stepOn: $stepOn, receivingOrgan: $receivingOrgan, documentNo: $documentNo, outcome: $outcome) {\n      step steps { step stepOn receivingOrgan documentNo outcome }\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceClue($clueCode: String!, $step: ClueStep!, $stepOn: Date!, $receivingOrgan: String, $documentNo: String, $outcome: String) {\n    advanceClue(clueCode: $clueCode, step: $step, stepOn: $stepOn, receivingOrgan: $receivingOrgan, documentNo: $documentNo, outcome: $outcome) {\n      step steps { step stepOn receivingOrgan documentNo outcome }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Clues { clues(filter: { step: { in: [TRANSFERRED, FEEDBACK] } }) { totalCount nodes { clueCode agency { code } } } }"): (typeof documents)["query Clues { clues(filter: { step: { in: [TRANSFERRED, FEEDBACK] } }) { totalCount nodes { clueCode agency { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClueTrail { auditEvents(filter: { entity: { eq: \"clue\" } }) { nodes { action entityKey } } }"): (typeof documents)["query ClueTrail { auditEvents(filter: { entity: { eq: \"clue\" } }) { nodes { action entityKey } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoLeads($asOf: Date!) {\n    enforcementSignals(year: 2024) { kind agencyCode cases }\n    warnings(asOf: $asOf) { kind level subject dueOn daysOverdue }\n  }\n"): (typeof documents)["\n  query DemoLeads($asOf: Date!) {\n    enforcementSignals(year: 2024) { kind agencyCode cases }\n    warnings(asOf: $asOf) { kind level subject dueOn daysOverdue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: FilingInput!) {\n    createOrUpdateFilingDraft(input: $input) { status itemsTotal itemsExercised penaltyCount finesTotalYuan }\n  }\n"): (typeof documents)["\n  mutation SaveDraft($input: FilingInput!) {\n    createOrUpdateFilingDraft(input: $input) { status itemsTotal itemsExercised penaltyCount finesTotalYuan }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Submit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status submittedAt onTime } }"): (typeof documents)["mutation Submit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status submittedAt onTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Accept($agencyCode: String!, $year: Int!, $quarter: Int!) { acceptFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status reviewedBy } }"): (typeof documents)["mutation Accept($agencyCode: String!, $year: Int!, $quarter: Int!) { acceptFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status reviewedBy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Return($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status returnReason } }"): (typeof documents)["mutation Return($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status returnReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilingTrail($entityKey: String!) {\n    auditEvents(filter: { entity: { eq: \"filing\" }, entityKey: { eq: $entityKey } }) { totalCount nodes { action actor before after } }\n  }\n"): (typeof documents)["\n  query FilingTrail($entityKey: String!) {\n    auditEvents(filter: { entity: { eq: \"filing\" }, entityKey: { eq: $entityKey } }) { totalCount nodes { action actor before after } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPenalty($input: PenaltyCaseInput!) { recordPenaltyCase(input: $input) { caseNo year quarter band leniency fineYuan partyType standard { maxYuan } } }"): (typeof documents)["mutation RecordPenalty($input: PenaltyCaseInput!) { recordPenaltyCase(input: $input) { caseNo year quarter band leniency fineYuan partyType standard { maxYuan } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordStandard($input: StandardInput!) { recordStandard(input: $input) { violationItemCode band validFrom validTo minYuan maxYuan } }"): (typeof documents)["mutation RecordStandard($input: StandardInput!) { recordStandard(input: $input) { violationItemCode band validFrom validTo minYuan maxYuan } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPowerItem($input: PowerItemInput!) { recordPowerItem(input: $input) { agencyCode itemCode name domain actionType agency { code } } }"): (typeof documents)["mutation RecordPowerItem($input: PowerItemInput!) { recordPowerItem(input: $input) { agencyCode itemCode name domain actionType agency { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAssessment($input: AssessmentInput!) { recordAssessment(input: $input) { officerNo year result testScore } }"): (typeof documents)["mutation RecordAssessment($input: AssessmentInput!) { recordAssessment(input: $input) { officerNo year result testScore } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KindPowerItems { powerItems(orderBy: [{ field: ITEM_CODE, direction: ASC }]) { nodes { agencyCode itemCode name actionType } } }"): (typeof documents)["query KindPowerItems { powerItems(orderBy: [{ field: ITEM_CODE, direction: ASC }]) { nodes { agencyCode itemCode name actionType } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KindOfficerAssessments($no: String!) { officer(officerNo: $no) { assessments { year result testScore } } }"): (typeof documents)["query KindOfficerAssessments($no: String!) { officer(officerNo: $no) { assessments { year result testScore } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KindTrail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey actor } } }"): (typeof documents)["query KindTrail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey actor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTree($code: String!) {\n    region(code: $code) { code parent { code } ancestors { code type } children { code } agencies { code } }\n  }\n"): (typeof documents)["\n  query RegionTree($code: String!) {\n    region(code: $code) { code parent { code } ancestors { code type } children { code } agencies { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyPage($first: Int, $after: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { code name regionCode domains }\n    }\n  }\n"): (typeof documents)["\n  query AgencyPage($first: Int, $after: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { code name regionCode domains }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgenciesNested($first: Int) {\n    agencies(first: $first) {\n      nodes { code region { name } officers { name } filings { year quarter status onTime } }\n    }\n  }\n"): (typeof documents)["\n  query AgenciesNested($first: Int) {\n    agencies(first: $first) {\n      nodes { code region { name } officers { name } filings { year quarter status onTime } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseWithBand($agencyCode: String!, $caseNo: String!) {\n    penaltyCase(agencyCode: $agencyCode, caseNo: $caseNo) {\n      year quarter fineYuan partyName agency { code } standard { validFrom minYuan maxYuan }\n    }\n  }\n"): (typeof documents)["\n  query CaseWithBand($agencyCode: String!, $caseNo: String!) {\n    penaltyCase(agencyCode: $agencyCode, caseNo: $caseNo) {\n      year quarter fineYuan partyName agency { code } standard { validFrom minYuan maxYuan }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightComplaints($scope: Scope, $groupBy: [Dimension!]!, $channels: [ComplaintChannel!], $byChannel: Boolean) {\n    complaintHandling(scope: $scope, groupBy: $groupBy, channels: $channels, byChannel: $byChannel) {\n      regionCode agencyCode domainCode year quarter channel label\n      received resolved transferred open medianDaysToResolution resolutionRate complaintTransferRate\n    }\n  }\n"): (typeof documents)["\n  query OversightComplaints($scope: Scope, $groupBy: [Dimension!]!, $channels: [ComplaintChannel!], $byChannel: Boolean) {\n    complaintHandling(scope: $scope, groupBy: $groupBy, channels: $channels, byChannel: $byChannel) {\n      regionCode agencyCode domainCode year quarter channel label\n      received resolved transferred open medianDaysToResolution resolutionRate complaintTransferRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightClues($scope: Scope, $groupBy: [Dimension!]!) {\n    clueTransfers(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode year quarter registered transferred withFeedback medianDaysToTransfer clueTransferRate clueFeedbackRate\n    }\n  }\n"): (typeof documents)["\n  query OversightClues($scope: Scope, $groupBy: [Dimension!]!) {\n    clueTransfers(scope: $scope, groupBy: $groupBy) {\n      regionCode agencyCode year quarter registered transferred withFeedback medianDaysToTransfer clueTransferRate clueFeedbackRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProblem($input: ProblemInput!) { createProblem(input: $input) { code status region { code } agency { code } } }\n"): (typeof documents)["\n  mutation CreateProblem($input: ProblemInput!) { createProblem(input: $input) { code status region { code } agency { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvent($problemCode: String!, $status: ProblemStatus!, $statusOn: Date!, $note: String) {\n    addProblemStatusEvent(problemCode: $problemCode, status: $status, statusOn: $statusOn, note: $note) {\n      status events { seq status statusOn note }\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvent($problemCode: String!, $status: ProblemStatus!, $statusOn: Date!, $note: String) {\n    addProblemStatusEvent(problemCode: $problemCode, status: $status, statusOn: $statusOn, note: $note) {\n      status events { seq status statusOn note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenProblems { problems(filter: { status: { notIn: [RECTIFIED, VERIFIED] } }) { totalCount nodes { code } } }\n"): (typeof documents)["\n  query OpenProblems { problems(filter: { status: { notIn: [RECTIFIED, VERIFIED] } }) { totalCount nodes { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertRegion($input: RegionInput!) { upsertRegion(input: $input) { code name parent { code } } }"): (typeof documents)["mutation UpsertRegion($input: RegionInput!) { upsertRegion(input: $input) { code name parent { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertAgency($input: AgencyInput!) { upsertAgency(input: $input) { code domains region { code } } }"): (typeof documents)["mutation UpsertAgency($input: AgencyInput!) { upsertAgency(input: $input) { code domains region { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertOfficer($input: OfficerInput!) { upsertOfficer(input: $input) { officerNo name idNumber agency { code } } }"): (typeof documents)["mutation UpsertOfficer($input: OfficerInput!) { upsertOfficer(input: $input) { officerNo name idNumber agency { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordTraining($input: TrainingInput!) { recordTraining(input: $input) { year type hours } }"): (typeof documents)["mutation RecordTraining($input: TrainingInput!) { recordTraining(input: $input) { year type hours } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfficerTraining($no: String!) { officer(officerNo: $no) { certificateStatus training(year: 2023) { type hours } assessments { year } } }"): (typeof documents)["query OfficerTraining($no: String!) { officer(officerNo: $no) { certificateStatus training(year: 2023) { type hours } assessments { year } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordReview($input: CaseReviewInput!) { recordCaseReview(input: $input) { score grade } }"): (typeof documents)["mutation RecordReview($input: CaseReviewInput!) { recordCaseReview(input: $input) { score grade } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reviews($grade: ReviewGrade!) { caseReviews(filter: { grade: { eq: $grade } }) { nodes { caseNo grade } } }"): (typeof documents)["query Reviews($grade: ReviewGrade!) { caseReviews(filter: { grade: { eq: $grade } }) { nodes { caseNo grade } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSurvey($input: SurveyInput!) { recordSurvey(input: $input) { id respondents score region { code } } }"): (typeof documents)["mutation RecordSurvey($input: SurveyInput!) { recordSurvey(input: $input) { id respondents score region { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordComplaint($input: ComplaintInput!) { recordComplaint(input: $input) { id status complainantName } }"): (typeof documents)["mutation RecordComplaint($input: ComplaintInput!) { recordComplaint(input: $input) { id status complainantName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveComplaint($id: Int!, $status: ComplaintStatus!) { updateComplaintStatus(id: $id, status: $status) { status transferredToDiscipline } }"): (typeof documents)["mutation MoveComplaint($id: Int!, $status: ComplaintStatus!) { updateComplaintStatus(id: $id, status: $status) { status transferredToDiscipline } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Trail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey } } }"): (typeof documents)["query Trail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signals($year: Int!, $scope: Scope, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, scope: $scope, kinds: $kinds) {\n      id kind agencyCode regionCode month violationItemCode domainCode cases value baseline caseNos label\n    }\n  }\n"): (typeof documents)["\n  query Signals($year: Int!, $scope: Scope, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, scope: $scope, kinds: $kinds) {\n      id kind agencyCode regionCode month violationItemCode domainCode cases value baseline caseNos label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalCases($year: Int!, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, kinds: $kinds) { agencyCode penaltyCases(first: 100) { totalCount nodes { caseNo decidedOn } } }\n  }\n"): (typeof documents)["\n  query SignalCases($year: Int!, $kinds: [SignalKind!]) {\n    enforcementSignals(year: $year, kinds: $kinds) { agencyCode penaltyCases(first: 100) { totalCount nodes { caseNo decidedOn } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseFromSignal($input: SignalProblemInput!) {\n    createProblemFromSignal(input: $input) { code regionCode agencyCode domain category source status identifiedOn deadline sourceSignal description }\n  }\n"): (typeof documents)["\n  mutation RaiseFromSignal($input: SignalProblemInput!) {\n    createProblemFromSignal(input: $input) { code regionCode agencyCode domain category source status identifiedOn deadline sourceSignal description }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaisedProblems {\n    problems(filter: { sourceSignal: { isNull: false } }) { nodes { code sourceSignal } }\n    auditEvents(filter: { entity: { eq: \"problem\" } }) { nodes { action actor entityKey } }\n  }\n"): (typeof documents)["\n  query RaisedProblems {\n    problems(filter: { sourceSignal: { isNull: false } }) { nodes { code sourceSignal } }\n    auditEvents(filter: { entity: { eq: \"problem\" } }) { nodes { action actor entityKey } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordTask($input: TaskInput!) { recordTask(input: $input) { taskCode phase deadline } }"): (typeof documents)["mutation RecordTask($input: TaskInput!) { recordTask(input: $input) { taskCode phase deadline } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($input: ProgressReportInput!) { submitProgressReport(input: $input) { unitCode progress status task { title } } }\n"): (typeof documents)["\n  mutation SubmitReport($input: ProgressReportInput!) { submitProgressReport(input: $input) { unitCode progress status task { title } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports($filter: ProgressReportFilter) { progressReports(filter: $filter, orderBy: [{ field: UNIT_CODE, direction: ASC }]) { totalCount nodes { unitCode progress } } }\n"): (typeof documents)["\n  query Reports($filter: ProgressReportFilter) { progressReports(filter: $filter, orderBy: [{ field: UNIT_CODE, direction: ASC }]) { totalCount nodes { unitCode progress } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskProgress($year: Int!, $half: Int!, $scope: Scope, $phases: [TaskPhase!]) {\n    taskProgress(year: $year, half: $half, scope: $scope, phases: $phases) {\n      taskCode phase leadUnit unitsExpected unitsReported unitsDone unitsDoneEarlier meanProgress notReported\n      units { unitCode reported status progress late }\n    }\n  }\n"): (typeof documents)["\n  query TaskProgress($year: Int!, $half: Int!, $scope: Scope, $phases: [TaskPhase!]) {\n    taskProgress(year: $year, half: $half, scope: $scope, phases: $phases) {\n      taskCode phase leadUnit unitsExpected unitsReported unitsDone unitsDoneEarlier meanProgress notReported\n      units { unitCode reported status progress late }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressResubmit($input: ProgressReportInput!) { submitProgressReport(input: $input) { progress } }"): (typeof documents)["mutation ProgressResubmit($input: ProgressReportInput!) { submitProgressReport(input: $input) { progress } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Warnings($asOf: Date!, $scope: Scope, $kinds: [WarningKind!]) {\n    warnings(asOf: $asOf, scope: $scope, kinds: $kinds) { kind level agencyCode unitCode regionCode subject dueOn daysOverdue label }\n  }\n"): (typeof documents)["\n  query Warnings($asOf: Date!, $scope: Scope, $kinds: [WarningKind!]) {\n    warnings(asOf: $asOf, scope: $scope, kinds: $kinds) { kind level agencyCode unitCode regionCode subject dueOn daysOverdue label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarningDraft($input: FilingInput!) { createOrUpdateFilingDraft(input: $input) { status } }"): (typeof documents)["mutation WarningDraft($input: FilingInput!) { createOrUpdateFilingDraft(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarningSubmit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status } }"): (typeof documents)["mutation WarningSubmit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarningReturn($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status } }"): (typeof documents)["mutation WarningReturn($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) { regionCode agencyCode label labelEn compositeRounded composite rank bestRank worstRank quality satisfaction incomplete missing }\n  }\n"): (typeof documents)["\n  query WebRanking($year: Int!, $level: Level!) {\n    evaluationRanking(year: $year, level: $level) { regionCode agencyCode label labelEn compositeRounded composite rank bestRank worstRank quality satisfaction incomplete missing }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebWarnings($asOf: Date!) { warnings(asOf: $asOf) { level label } }\n"): (typeof documents)["\n  query WebWarnings($asOf: Date!) { warnings(asOf: $asOf) { level label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCompliance($scope: Scope!) {\n    enforcementCompliance(scope: $scope, groupBy: [REGION]) {\n      label disclosuresDue disclosuresOnTime casesRecordKnown casesFullyRecorded legalReviewsRequired legalReviewsDone cases casesDisclosedOnTime\n      seriousCases seriousCasesReviewed nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate caseDisclosureOnTimeRate fullProcessRecordRate legalReviewRate seriousCaseReviewRate nonSiteRate enterpriseImpactRate\n    }\n  }\n"): (typeof documents)["\n  query WebCompliance($scope: Scope!) {\n    enforcementCompliance(scope: $scope, groupBy: [REGION]) {\n      label disclosuresDue disclosuresOnTime casesRecordKnown casesFullyRecorded legalReviewsRequired legalReviewsDone cases casesDisclosedOnTime\n      seriousCases seriousCasesReviewed nonSiteCases enterpriseCases enterpriseCasesAssessed\n      disclosureRate caseDisclosureOnTimeRate fullProcessRecordRate legalReviewRate seriousCaseReviewRate nonSiteRate enterpriseImpactRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebWorkforce($year: Int!) {\n    workforce(year: $year, groupBy: [REGION]) { label officersWithValidCertificate inspections penalties trainingComplianceRate inspectionsPerOfficer penaltiesPerOfficer }\n  }\n"): (typeof documents)["\n  query WebWorkforce($year: Int!) {\n    workforce(year: $year, groupBy: [REGION]) { label officersWithValidCertificate inspections penalties trainingComplianceRate inspectionsPerOfficer penaltiesPerOfficer }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebMetrics { metrics { name titleZh titleEn formula noteZh noteEn } }\n"): (typeof documents)["\n  query WebMetrics { metrics { name titleZh titleEn formula noteZh noteEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAgenciesOfRegion($scope: Scope!) { supervisionRates(scope: $scope, groupBy: [AGENCY]) { agencyCode label } }\n"): (typeof documents)["\n  query WebAgenciesOfRegion($scope: Scope!) { supervisionRates(scope: $scope, groupBy: [AGENCY]) { agencyCode label } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;