import { graphql } from '../__generated__/gql.ts';

/**
 * The whole page in one request: every panel's root field for the chosen year, at the city
 * level (grouped by district) or inside one district (grouped by agency, `$area` its region).
 * `$scope` carries the year too; rectification reads its whole history up to the year's end.
 */
export const DashboardDocument = graphql(`
  query Dashboard($year: Int!, $level: Level!, $dim: Dimension!, $scope: Scope!, $area: Scope!, $asOf: Date!, $from: Date!, $city: Boolean!) {
    ranking: evaluationRanking(year: $year, level: $level) {
      regionCode agencyCode label labelEn quality reviews supervisionRate satisfaction respondents
      composite compositeRounded rank previousRank rankChange bestRank worstRank incomplete missing
    }
    supervisionTrend: supervisionRates(scope: $scope, groupBy: [$dim, YEAR, QUARTER]) {
      regionCode agencyCode label labelEn year quarter supervisionRate
    }
    supervision: supervisionRates(scope: $scope, groupBy: [$dim]) {
      regionCode agencyCode label labelEn
      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime
      inspectionRate exerciseRate timelinessRate supervisionRate inspectionWeight exerciseWeight timelinessWeight
      reconsiderations reconsiderationsOverturned litigations litigationsLost overturnRate
    }
    discretion: penaltyDiscretion(scope: $scope, groupBy: [$dim]) {
      regionCode agencyCode label labelEn cases meanFineYuan medianFineYuan
      noLeniencyCases outOfBandCases leniencyCases firstOffenceMinorCases firstOffenceMinorLeniencyCases
      outOfBandRate leniencyRate firstOffenceLeniencyRate
    }
    inconsistency: discretionInconsistency(year: $year) @include(if: $city) {
      violationItemCode itemName band regions cases meanFineYuan stddevFineYuan coefficientOfVariation
    }
    rectification: rectificationProgress(scope: $area, asOf: $asOf, groupBy: [$dim]) {
      regionCode agencyCode label labelEn total rectified verified overdue rectificationRate medianDaysToRectify
    }
    burndown: rectificationBurndown(scope: $area, from: $from, to: $asOf) { asOf total rectified verified overdue }
    signals: enforcementSignals(year: $year, scope: $area) { id kind agencyCode agencyName regionCode regionName cases value baseline label labelEn }
    workforce(year: $year, scope: $area, groupBy: [$dim]) {
      regionCode agencyCode label labelEn officersWithValidCertificate compliantOfficers trainingComplianceRate
      inspections penalties inspectionsPerOfficer penaltiesPerOfficer
    }
    compliance: enforcementCompliance(scope: $scope, groupBy: [$dim]) {
      regionCode agencyCode label labelEn
      disclosuresDue disclosuresOnTime legalReviewsRequired legalReviewsDone cases casesDisclosedOnTime
      seriousCases seriousCasesReviewed casesRecordKnown casesFullyRecorded nonSiteCases enterpriseCases enterpriseCasesAssessed
      disclosureRate legalReviewRate caseDisclosureOnTimeRate seriousCaseReviewRate fullProcessRecordRate nonSiteRate enterpriseImpactRate
    }
    complaints: complaintHandling(scope: $scope, groupBy: [$dim]) {
      regionCode agencyCode label labelEn received resolved transferred open medianDaysToResolution resolutionRate complaintTransferRate
    }
    clues: clueTransfers(scope: $scope, groupBy: [$dim]) {
      regionCode agencyCode label labelEn registered transferred withFeedback medianDaysToTransfer clueTransferRate clueFeedbackRate
    }
  }
`);

/**
 * The years the warehouse has figures for (the year picker), and with the session's first request
 * the metric dictionary the hover texts quote (so it costs no request of its own).
 */
export const YearsDocument = graphql(`
  query DashboardYears($withMetrics: Boolean!) {
    supervisionRates(groupBy: [YEAR]) { year }
    metrics @include(if: $withMetrics) { name titleZh titleEn formula noteZh noteEn }
  }
`);

/** One task's half-yearly progress as the task panel shows it (for both halves of the year). */
export const TaskProgressFragment = graphql(`
  fragment DashboardTaskProgress on TaskProgressRow {
    taskCode title section phase leadUnit deadline unitsExpected unitsReported unitsDone unitsDoneEarlier meanProgress
    units { unitCode unitName reported late }
  }
`);

/**
 * What the operational store works out on every request: the early warnings standing at a date
 * (the year's end, or today for the current year) and the task list's progress in both halves of
 * the year. They follow the warehouse's panels in a second request instead of holding them up.
 */
export const OperationalDocument = graphql(`
  query DashboardOperational($asOf: Date!, $area: Scope!, $year: Int!) {
    warnings(asOf: $asOf, scope: $area) { kind level regionCode regionName agencyCode name subject dueOn daysOverdue label }
    firstHalf: taskProgress(year: $year, half: 1, scope: $area) { ...DashboardTaskProgress }
    secondHalf: taskProgress(year: $year, half: 2, scope: $area) { ...DashboardTaskProgress }
  }
`);
