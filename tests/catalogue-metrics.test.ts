import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { describeWithCity } from './helpers/warehouse.ts';

// The metrics added through the catalogue (三项制度 §4.8, intensity §4.7), worked out by hand
// from tests/fixtures/metrics/new/*.csv (with the regions, agencies and standards of metrics/).
const LZH = '11420702MB0000002B';
const HR = '11420703MB0000003W';
const EC1 = '11420704MB0000004E';

const FILES = [
  'metrics/regions.csv', 'metrics/agencies.csv', 'metrics/standards.csv',
  'metrics/new/filings.csv', 'metrics/new/penalties.csv', 'metrics/new/officers.csv', 'metrics/new/reviews.csv', 'metrics/new/surveys.csv',
];
const CITY = '11420700MB0000001B';
const EC2 = '11420704MB0000005H';

const ComplianceQuery = graphql(`
  query CatalogueCompliance($scope: Scope, $groupBy: [Dimension!]!) {
    enforcementCompliance(scope: $scope, groupBy: $groupBy) {
      regionCode agencyCode domainCode year quarter label
      disclosuresDue disclosuresOnTime legalReviewsRequired legalReviewsDone
      cases casesDisclosedOnTime seriousCases seriousCasesReviewed casesRecordKnown casesFullyRecorded
      nonSiteCases enterpriseCases enterpriseCasesAssessed
      disclosureRate legalReviewRate caseDisclosureOnTimeRate seriousCaseReviewRate fullProcessRecordRate nonSiteRate enterpriseImpactRate
    }
  }
`);

const IntensityQuery = graphql(`
  query CatalogueIntensity($year: Int!, $groupBy: [Dimension!]!) {
    workforce(year: $year, groupBy: $groupBy) {
      regionCode agencyCode officersWithValidCertificate inspections penalties inspectionsPerOfficer penaltiesPerOfficer trainingComplianceRate
    }
  }
`);

const RankingQuery = graphql(`
  query CatalogueRanking($year: Int!, $level: Level!, $weights: EvaluationWeightsInput) {
    evaluationRanking(year: $year, level: $level, weights: $weights) { agencyCode composite rank incomplete bestRank worstRank }
  }
`);

const MetricsQuery = graphql(`
  query CatalogueMetrics { metrics { name titleZh titleEn formula numerator denominator queries dimensions } }
`);

describeWithCity('catalogue metrics', async (city) => {
  const report = await city.importFiles(FILES);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  await city.etl(true);
}, (city) => {
  const gql = <T, V>(doc: TypedDocumentNode<T, V>, variables: V) => city().query(doc, variables);

  test('三项制度 over the whole city: capped filing sums, working days, unknown full-process records left out', async () => {
    const [all] = (await gql(ComplianceQuery, { scope: { years: [2023] }, groupBy: [] })).enforcementCompliance;
    // Filings: 梁子湖 Q1 10 due / 8 on time, Q2 5 due / 7 on time (capped at 5); 鄂城 Q1 nothing due.
    expect([all.disclosuresDue, all.disclosuresOnTime]).toEqual([10 + 5 + 0, 8 + 5 + 0]);
    expect(all.disclosureRate).toBeCloseTo(13 / 15, 12);
    // Legal reviews: Q1 4 of 4, Q2 3 done of 2 required (capped at 2).
    expect([all.legalReviewsRequired, all.legalReviewsDone]).toEqual([4 + 2, 4 + 2]);
    expect(all.legalReviewRate).toBe(1);
    // Working days after the decision through the disclosure, Mon–Fri:
    // K1 Fri 03-03 → Tue 03-07: Mon, Tue = 2, on time. K2 Mon 03-06 → Wed 03-15: Tue–Fri (4) + Mon–Wed (3) = 7, on time.
    // K3 Mon 03-06 → Thu 03-16: 4 + 4 = 8, late. K4 never disclosed: late. K5 disclosed the same day: 0, on time.
    expect([all.cases, all.casesDisclosedOnTime]).toEqual([5, 3]);
    expect(all.caseDisclosureOnTimeRate).toBeCloseTo(3 / 5, 12);
    // SERIOUS K2 (reviewed) and SEVERE K3 (not).
    expect([all.seriousCases, all.seriousCasesReviewed, all.seriousCaseReviewRate]).toEqual([2, 1, 1 / 2]);
    // fullProcessRecorded: K1 true, K2 false, K5 true; K3 and K4 unknown, out of the denominator.
    expect([all.casesRecordKnown, all.casesFullyRecorded]).toEqual([3, 2]);
    expect(all.fullProcessRecordRate).toBeCloseTo(2 / 3, 12);
    expect([all.nonSiteCases, all.nonSiteRate]).toEqual([2, 2 / 5]); // K3, K5
    expect([all.enterpriseCases, all.enterpriseCasesAssessed, all.enterpriseImpactRate]).toEqual([2, 1, 1 / 2]); // K1 of K1, K2
  });

  test('三项制度 per agency: a zero denominator gives null, not 0', async () => {
    const rows = (await gql(ComplianceQuery, { scope: { years: [2023] }, groupBy: ['AGENCY'] })).enforcementCompliance;
    const ec = rows.find((r) => r.agencyCode === EC1)!;
    expect([ec.disclosuresDue, ec.disclosureRate, ec.legalReviewRate]).toEqual([0, null, null]);
    expect([ec.cases, ec.caseDisclosureOnTimeRate, ec.seriousCases, ec.seriousCaseReviewRate, ec.enterpriseImpactRate]).toEqual([1, 1, 0, null, null]);
    expect(ec.fullProcessRecordRate).toBe(1 / 1);
    const lzh = rows.find((r) => r.agencyCode === LZH)!;
    expect([lzh.cases, lzh.casesDisclosedOnTime, lzh.casesRecordKnown, lzh.casesFullyRecorded]).toEqual([4, 2, 2, 1]);
    const hr = rows.find((r) => r.agencyCode === HR)!; // due in 2023, filed nothing, decided no case
    expect([hr.disclosuresDue, hr.cases, hr.disclosureRate, hr.caseDisclosureOnTimeRate]).toEqual([0, 0, null, null]);
  });

  test('三项制度 by domain: filings under their agency\'s domains (§4.1), cases under their item\'s (§4.5)', async () => {
    const rows = (await gql(ComplianceQuery, { scope: { years: [2023] }, groupBy: ['DOMAIN'] })).enforcementCompliance;
    const by = (d: string) => rows.find((r) => r.domainCode === d)!;
    // 梁子湖 (FOOD_DRUG; TRANSPORT) and 鄂城 (FOOD_DRUG) filings; V1 cases K1, K3, K4 are FOOD_DRUG, V2 K2 TRANSPORT, V9 K5 OTHER.
    expect([by('FOOD_DRUG').disclosuresDue, by('FOOD_DRUG').cases, by('FOOD_DRUG').casesDisclosedOnTime]).toEqual([15, 3, 1]);
    expect([by('TRANSPORT').disclosuresDue, by('TRANSPORT').cases, by('TRANSPORT').casesDisclosedOnTime]).toEqual([15, 1, 1]);
    expect([by('OTHER').disclosuresDue, by('OTHER').disclosureRate, by('OTHER').cases]).toEqual([0, null, 1]);
    const filtered = (await gql(ComplianceQuery, { scope: { years: [2023], domainCodes: ['TRANSPORT'] }, groupBy: [] })).enforcementCompliance[0];
    // Filings of agencies with TRANSPORT (梁子湖, 华容); cases of TRANSPORT items (K2).
    expect([filtered.disclosuresDue, filtered.cases, filtered.seriousCases]).toEqual([15, 1, 1]);
  });

  test('三项制度 by year and quarter', async () => {
    const rows = (await gql(ComplianceQuery, { scope: { years: [2023], agencyCodes: [LZH] }, groupBy: ['YEAR', 'QUARTER'] })).enforcementCompliance;
    // Q1: filings 10/8, cases K1, K2, K3 (2 on time); Q2: filings 5/5 (capped), case K4 (never disclosed).
    expect(rows.map((r) => [r.quarter, r.disclosuresDue, r.disclosuresOnTime, r.cases, r.casesDisclosedOnTime])).toEqual([
      [1, 10, 8, 3, 2], [2, 5, 5, 1, 0], [3, 0, 0, 0, 0], [4, 0, 0, 0, 0],
    ]);
  });

  test('intensity per officer: the year\'s filed counts over officers with a valid certificate; none → null', async () => {
    const rows = (await gql(IntensityQuery, { year: 2023, groupBy: ['AGENCY'] })).workforce;
    expect(rows.map((r) => [r.agencyCode, r.officersWithValidCertificate, r.inspections, r.penalties, r.inspectionsPerOfficer, r.penaltiesPerOfficer])).toEqual([
      [LZH, 2, 30 + 20, 6 + 4, (30 + 20) / 2, (6 + 4) / 2], // W3 is SUSPENDED
      [HR, 0, 0, 0, null, null], // W5 EXPIRED: no officer to divide by
      [EC1, 1, 12, 3, 12 / 1, 3 / 1],
    ]);
    const regions = (await gql(IntensityQuery, { year: 2023, groupBy: ['REGION'] })).workforce;
    // Only groups with officers; 市直 has none.
    expect(regions.map((r) => [r.regionCode, r.inspectionsPerOfficer])).toEqual([['420702', 25], ['420703', null], ['420704', 12]]);
  });

  // Ranking 2024 by agency. Parts (quality, 100·supervisionRate, satisfaction) by hand:
  // 梁子湖 (100, 0, 0): no 2024 filing, so timeliness 0/4 is its whole supervision rate;
  // 华容 (0, 100, 0): four complete, on-time filings; 鄂城 (0, 0, 100); 凤凰街道 (0, 0, 0);
  // 市直 has neither reviews nor surveys: incomplete.
  const rankOf = (rows: { agencyCode?: string | null; rank?: number | null; bestRank?: number | null; worstRank?: number | null; composite?: number | null }[]) =>
    rows.map((r) => [r.agencyCode, r.composite, r.rank, r.bestRank, r.worstRank]);

  test('robustness with the default scheme: a tie inside one scheme, ranges over the 27 neighbours', async () => {
    const rows = (await gql(RankingQuery, { year: 2024, level: 'AGENCY' })).evaluationRanking;
    // 0.4·100 = 40; 0.3·100 = 30 twice (tied, both 2nd); 0 fourth. Neighbours move each weight by ±0.05:
    // 梁子湖 ≥ 35 ≥ everyone else (a tie at wQ = wS = 0.35 still ranks it 1st): 1–1.
    // 华容 reaches 35 = 梁子湖 at wQ = 0.35, wS = 0.35 (1st) and falls to 25 < 鄂城 35 < 梁子湖 at wS = 0.25, wT = 0.35 (3rd); 鄂城 likewise.
    // 凤凰街道 scores 0 under every scheme: 4–4.
    expect(rankOf(rows)).toEqual([
      [LZH, 0.4 * 100, 1, 1, 1], [HR, 0.3 * 100, 2, 1, 3], [EC1, 0.3 * 100, 2, 1, 3], [EC2, 0, 4, 4, 4], [CITY, null, null, null, null],
    ]);
    expect(rows[4].incomplete).toBe(true);
  });

  test('what-if weights rank as given, store nothing, and a weight pushed below 0 becomes 0', async () => {
    const weights = { quality: 0.5, supervision: 0.48, satisfaction: 0.02 };
    const rows = (await gql(RankingQuery, { year: 2024, level: 'AGENCY', weights })).evaluationRanking;
    // 50, 48, 2, 0. Neighbours: wQ 0.45–0.55, wS 0.43–0.53, wT 0 (0.02 − 0.05 clamped), 0.02 or 0.07.
    // 梁子湖 45 < 华容 53 at worst: 1–2; 华容 likewise 1–2; 鄂城 ∈ {0, 2, 7}, below both: at wT = 0 it ties
    // 凤凰街道 at 0 (3rd, not 4th as an unclamped −3 would be): 3–3; 凤凰街道 3–4.
    expect(rankOf(rows)).toEqual([
      [LZH, 0.5 * 100, 1, 1, 2], [HR, 0.48 * 100, 2, 1, 2], [EC1, 0.02 * 100, 3, 3, 3], [EC2, 0, 4, 3, 4], [CITY, null, null, null, null],
    ]);
    const again = (await gql(RankingQuery, { year: 2024, level: 'AGENCY' })).evaluationRanking;
    expect(again[0].composite).toBe(0.4 * 100); // the year's scheme is untouched
    const refused = await city().server.request(RankingQuery, { year: 2024, level: 'AGENCY', weights: { ...weights, quality: -0.1 } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a stored scheme reaches the ranking with the next ETL run, not before', async () => {
    const set = await city().server.post('mutation { setEvaluationScheme(year: 2024, quality: 0.2, supervision: 0.5, satisfaction: 0.3) { year isDefault } }');
    expect(set.body.data.setEvaluationScheme).toEqual({ year: 2024, isDefault: false });
    const before = (await gql(RankingQuery, { year: 2024, level: 'AGENCY' })).evaluationRanking;
    expect(before[0]).toMatchObject({ agencyCode: LZH, composite: 0.4 * 100 }); // this generation still has the defaults
    await city().etl();
    const after = (await gql(RankingQuery, { year: 2024, level: 'AGENCY' })).evaluationRanking;
    // 华容 0.5·100 = 50, 鄂城 0.3·100 = 30, 梁子湖 0.2·100 = 20, 凤凰街道 0.
    expect(after.map((r) => [r.agencyCode, r.composite, r.rank])).toEqual([
      [HR, 0.5 * 100, 1], [EC1, 0.3 * 100, 2], [LZH, 0.2 * 100, 3], [EC2, 0, 4], [CITY, null, null],
    ]);
  });

  test('metrics lists the served metrics from the catalogue', async () => {
    const { metrics } = await gql(MetricsQuery, {});
    expect(metrics.find((m) => m.name === 'inspectionsPerOfficer')).toEqual({
      name: 'inspectionsPerOfficer', titleZh: '人均行政检查量', titleEn: 'Inspections per officer with a valid certificate (人均执法量)',
      formula: 'inspections / officersWithValidCertificate', numerator: ['inspections'], denominator: ['officersWithValidCertificate'],
      queries: ['workforce'], dimensions: ['REGION', 'AGENCY', 'DOMAIN', 'YEAR'],
    });
    expect(metrics.map((m) => m.name)).toEqual(expect.arrayContaining(['supervisionRate', 'composite', 'caseDisclosureOnTimeRate', 'bestRank']));
  });
});
