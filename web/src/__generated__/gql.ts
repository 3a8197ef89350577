/* eslint-disable */
import * as types from './graphql';



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
    "\n  query Dashboard($year: Int!, $level: Level!, $dim: Dimension!, $scope: Scope!, $area: Scope!, $asOf: Date!, $from: Date!, $city: Boolean!) {\n    ranking: evaluationRanking(year: $year, level: $level) {\n      regionCode agencyCode label labelEn quality reviews supervisionRate satisfaction respondents\n      composite compositeRounded rank previousRank rankChange incomplete missing\n    }\n    supervisionTrend: supervisionRates(scope: $scope, groupBy: [$dim, YEAR, QUARTER]) {\n      regionCode agencyCode label labelEn year quarter supervisionRate\n    }\n    supervision: supervisionRates(scope: $scope, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn\n      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime\n      inspectionRate exerciseRate timelinessRate supervisionRate inspectionWeight exerciseWeight timelinessWeight\n      reconsiderations reconsiderationsOverturned litigations litigationsLost overturnRate\n    }\n    discretion: penaltyDiscretion(scope: $scope, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn cases meanFineYuan medianFineYuan\n      noLeniencyCases outOfBandCases leniencyCases firstOffenceMinorCases firstOffenceMinorLeniencyCases\n      outOfBandRate leniencyRate firstOffenceLeniencyRate\n    }\n    inconsistency: discretionInconsistency(year: $year) @include(if: $city) {\n      violationItemCode itemName band regions cases meanFineYuan stddevFineYuan coefficientOfVariation\n    }\n    rectification: rectificationProgress(scope: $area, asOf: $asOf, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn total rectified verified overdue rectificationRate medianDaysToRectify\n    }\n    burndown: rectificationBurndown(scope: $area, from: $from, to: $asOf) { asOf total rectified verified overdue }\n    workforce(year: $year, scope: $area, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn officersWithValidCertificate compliantOfficers trainingComplianceRate\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardYears { supervisionRates(groupBy: [YEAR]) { year } }\n": typeof types.DashboardYearsDocument,
};
const documents: Documents = {
    "\n  query Dashboard($year: Int!, $level: Level!, $dim: Dimension!, $scope: Scope!, $area: Scope!, $asOf: Date!, $from: Date!, $city: Boolean!) {\n    ranking: evaluationRanking(year: $year, level: $level) {\n      regionCode agencyCode label labelEn quality reviews supervisionRate satisfaction respondents\n      composite compositeRounded rank previousRank rankChange incomplete missing\n    }\n    supervisionTrend: supervisionRates(scope: $scope, groupBy: [$dim, YEAR, QUARTER]) {\n      regionCode agencyCode label labelEn year quarter supervisionRate\n    }\n    supervision: supervisionRates(scope: $scope, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn\n      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime\n      inspectionRate exerciseRate timelinessRate supervisionRate inspectionWeight exerciseWeight timelinessWeight\n      reconsiderations reconsiderationsOverturned litigations litigationsLost overturnRate\n    }\n    discretion: penaltyDiscretion(scope: $scope, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn cases meanFineYuan medianFineYuan\n      noLeniencyCases outOfBandCases leniencyCases firstOffenceMinorCases firstOffenceMinorLeniencyCases\n      outOfBandRate leniencyRate firstOffenceLeniencyRate\n    }\n    inconsistency: discretionInconsistency(year: $year) @include(if: $city) {\n      violationItemCode itemName band regions cases meanFineYuan stddevFineYuan coefficientOfVariation\n    }\n    rectification: rectificationProgress(scope: $area, asOf: $asOf, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn total rectified verified overdue rectificationRate medianDaysToRectify\n    }\n    burndown: rectificationBurndown(scope: $area, from: $from, to: $asOf) { asOf total rectified verified overdue }\n    workforce(year: $year, scope: $area, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn officersWithValidCertificate compliantOfficers trainingComplianceRate\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardYears { supervisionRates(groupBy: [YEAR]) { year } }\n": types.DashboardYearsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($year: Int!, $level: Level!, $dim: Dimension!, $scope: Scope!, $area: Scope!, $asOf: Date!, $from: Date!, $city: Boolean!) {\n    ranking: evaluationRanking(year: $year, level: $level) {\n      regionCode agencyCode label labelEn quality reviews supervisionRate satisfaction respondents\n      composite compositeRounded rank previousRank rankChange incomplete missing\n    }\n    supervisionTrend: supervisionRates(scope: $scope, groupBy: [$dim, YEAR, QUARTER]) {\n      regionCode agencyCode label labelEn year quarter supervisionRate\n    }\n    supervision: supervisionRates(scope: $scope, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn\n      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime\n      inspectionRate exerciseRate timelinessRate supervisionRate inspectionWeight exerciseWeight timelinessWeight\n      reconsiderations reconsiderationsOverturned litigations litigationsLost overturnRate\n    }\n    discretion: penaltyDiscretion(scope: $scope, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn cases meanFineYuan medianFineYuan\n      noLeniencyCases outOfBandCases leniencyCases firstOffenceMinorCases firstOffenceMinorLeniencyCases\n      outOfBandRate leniencyRate firstOffenceLeniencyRate\n    }\n    inconsistency: discretionInconsistency(year: $year) @include(if: $city) {\n      violationItemCode itemName band regions cases meanFineYuan stddevFineYuan coefficientOfVariation\n    }\n    rectification: rectificationProgress(scope: $area, asOf: $asOf, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn total rectified verified overdue rectificationRate medianDaysToRectify\n    }\n    burndown: rectificationBurndown(scope: $area, from: $from, to: $asOf) { asOf total rectified verified overdue }\n    workforce(year: $year, scope: $area, groupBy: [$dim]) {\n      regionCode agencyCode label labelEn officersWithValidCertificate compliantOfficers trainingComplianceRate\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardYears { supervisionRates(groupBy: [YEAR]) { year } }\n"): typeof import('./graphql').DashboardYearsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
