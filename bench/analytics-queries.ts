/** The analytics queries the warehouse benchmarks time: one per query of interfaces.md, grouped as a dashboard would. */
export const ANALYTICS_YEAR = 2024;
export const ANALYTICS_AS_OF = '2024-12-31';

export const ANALYTICS_QUERIES: Array<{ name: string; graphql: string; postgresParams: unknown[] }> = [
  {
    name: 'supervisionRates',
    graphql: `{ supervisionRates(groupBy: [REGION, YEAR]) { regionCode year label filingsDue filingsOnTime inspectionRate exerciseRate timelinessRate supervisionRate } }`,
    postgresParams: [],
  },
  {
    name: 'penaltyDiscretion',
    graphql: `{ penaltyDiscretion(groupBy: [REGION, YEAR]) { regionCode year label cases finesTotalYuan meanFineYuan medianFineYuan outOfBandRate leniencyRate firstOffenceLeniencyRate } }`,
    postgresParams: [],
  },
  {
    name: 'discretionInconsistency',
    graphql: `{ discretionInconsistency(year: ${ANALYTICS_YEAR}) { violationItemCode band regions meanFineYuan coefficientOfVariation } }`,
    postgresParams: [ANALYTICS_YEAR],
  },
  {
    name: 'rectificationProgress',
    graphql: `{ rectificationProgress(asOf: "${ANALYTICS_AS_OF}", groupBy: [REGION]) { regionCode label total rectified verified overdue medianDaysToRectify rectificationRate } }`,
    postgresParams: [ANALYTICS_AS_OF],
  },
  {
    name: 'evaluationRanking',
    graphql: `{ evaluationRanking(year: ${ANALYTICS_YEAR}, level: REGION) { regionCode label quality supervisionRate satisfaction composite rank rankChange incomplete missing } }`,
    postgresParams: [ANALYTICS_YEAR],
  },
  {
    name: 'evaluationRanking what-if',
    graphql: `{ evaluationRanking(year: ${ANALYTICS_YEAR}, level: REGION, weights: { quality: 0.5, supervision: 0.25, satisfaction: 0.25 }) { regionCode label composite rank rankChange bestRank worstRank incomplete } }`,
    postgresParams: [ANALYTICS_YEAR],
  },
  {
    name: 'enforcementCompliance',
    graphql: `{ enforcementCompliance(groupBy: [REGION, YEAR]) { regionCode year label disclosuresDue disclosuresOnTime legalReviewsRequired legalReviewsDone cases casesDisclosedOnTime seriousCases seriousCasesReviewed casesRecordKnown casesFullyRecorded nonSiteCases enterpriseCases enterpriseCasesAssessed disclosureRate legalReviewRate caseDisclosureOnTimeRate seriousCaseReviewRate fullProcessRecordRate nonSiteRate enterpriseImpactRate } }`,
    postgresParams: [],
  },
  {
    name: 'workforce',
    graphql: `{ workforce(year: ${ANALYTICS_YEAR}, groupBy: [REGION]) { regionCode label officersWithValidCertificate compliantOfficers trainingComplianceRate inspections penalties inspectionsPerOfficer penaltiesPerOfficer } }`,
    postgresParams: [ANALYTICS_YEAR],
  },
  {
    name: 'complaintHandling',
    graphql: `{ complaintHandling(groupBy: [REGION, YEAR]) { regionCode year label received resolved transferred medianDaysToResolution } }`,
    postgresParams: [],
  },
  {
    name: 'clueTransfers',
    graphql: `{ clueTransfers(groupBy: [REGION, YEAR]) { regionCode year label registered transferred withFeedback medianDaysToTransfer } }`,
    postgresParams: [],
  },
  {
    name: 'enforcementSignals',
    graphql: `{ enforcementSignals(year: ${ANALYTICS_YEAR}) { id kind agencyCode regionCode month violationItemCode cases value baseline caseNos label } }`,
    postgresParams: [ANALYTICS_YEAR],
  },
];
