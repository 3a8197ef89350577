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
    name: 'enforcementSignals',
    graphql: `{ enforcementSignals(year: ${ANALYTICS_YEAR}) { id kind agencyCode regionCode month violationItemCode cases value baseline caseNos label } }`,
    postgresParams: [ANALYTICS_YEAR],
  },
];
