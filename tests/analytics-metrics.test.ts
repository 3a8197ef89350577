import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { describeWithCity } from './helpers/warehouse.ts';

// Every expected number below is worked out by hand from tests/fixtures/metrics/*.csv
// (see the README there), written as the arithmetic a spreadsheet user would do.
const CITY = '11420700MB0000001B';
const LZH = '11420702MB0000002B';
const HR = '11420703MB0000003W';
const EC1 = '11420704MB0000004E';
const EC2 = '11420704MB0000005H';

const METRIC_FILES = [
  'metrics/training.csv', 'metrics/officers.csv', 'metrics/surveys.csv', 'metrics/reviews.csv', 'metrics/problems.csv',
  'metrics/penalties.csv', 'metrics/filings.csv', 'metrics/standards.csv', 'metrics/agencies.csv', 'metrics/regions.csv',
];

const SupervisionQuery = graphql(`
  query MetricSupervision($scope: Scope, $groupBy: [Dimension!]!) {
    supervisionRates(scope: $scope, groupBy: $groupBy) {
      regionCode agencyCode domainCode year quarter label
      inspectionsPlanned inspectionsCompleted itemsTotal itemsExercised filingsDue filingsOnTime
      inspectionRate exerciseRate timelinessRate supervisionRate overturnRate
    }
  }
`);

const PenaltyQuery = graphql(`
  query MetricPenalties($scope: Scope, $groupBy: [Dimension!]!) {
    penaltyDiscretion(scope: $scope, groupBy: $groupBy) {
      regionCode domainCode year cases finesTotalYuan meanFineYuan medianFineYuan p10FineYuan p90FineYuan
      noLeniencyCases outOfBandCases casesWithoutStandard outOfBandRate leniencyRate firstOffenceLeniencyRate
    }
  }
`);

const InconsistencyQuery = graphql(`
  query MetricInconsistency($year: Int!, $minCases: Int) {
    discretionInconsistency(year: $year, minCases: $minCases) {
      violationItemCode band regions cases meanFineYuan coefficientOfVariation
    }
  }
`);

const RectificationQuery = graphql(`
  query MetricRectification($asOf: Date!, $groupBy: [Dimension!]!) {
    rectificationProgress(asOf: $asOf, groupBy: $groupBy) {
      regionCode asOf total rectified verified overdue rectificationRate verificationRate medianDaysToRectify
    }
  }
`);

const RankingQuery = graphql(`
  query MetricRanking($year: Int!, $level: Level!) {
    evaluationRanking(year: $year, level: $level) {
      regionCode agencyCode quality supervisionRate satisfaction composite rank previousRank rankChange incomplete missing
    }
  }
`);

const WorkforceQuery = graphql(`
  query MetricWorkforce($year: Int!, $groupBy: [Dimension!]!) {
    workforce(year: $year, groupBy: $groupBy) { regionCode officersWithValidCertificate compliantOfficers trainingComplianceRate }
  }
`);

// Supervision rate parts per agency in 2023, from the filings by hand.
const S_LZH = 0.4 * ((50 + 2) / (100 + 2)) + 0.4 * ((5 + 10) / (10 + 10)) + 0.2 * (4 / 4);
const S_EC = 0.4 * ((40 + 5) / (40 + 10)) + 0.4 * ((40 + 2) / (40 + 4)) + 0.2 * (5 / 7);

describeWithCity('analytics metrics', async (city) => {
  // Files in reverse dependency order: the import sorts them itself.
  const report = await city.importFiles(METRIC_FILES);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  await city.importFiles(['metrics/filings-pending.csv'], false);
  await city.etl(true);
}, (city) => {
  const gql = <T, V>(doc: TypedDocumentNode<T, V>, variables: V) => city().query(doc, variables);

  test('supervision rate per agency: capped inspections, ratio of sums, timeliness in Asia/Shanghai, missing filings late', async () => {
    const data = await gql(SupervisionQuery, { scope: { years: [2023] }, groupBy: ['AGENCY'] });
    const byAgency = new Map(data.supervisionRates.map((r) => [r.agencyCode, r]));
    const city_ = byAgency.get(CITY)!;
    expect([city_.inspectionsPlanned, city_.inspectionsCompleted, city_.filingsDue, city_.filingsOnTime]).toEqual([10, 10, 4, 1]);
    expect(city_.supervisionRate).toBeCloseTo(0.4 * 1 + 0.4 * (10 / 20) + 0.2 * (1 / 4), 12);
    const lzh = byAgency.get(LZH)!;
    expect(lzh.inspectionRate).toBeCloseTo(52 / 102, 12); // not the mean of ratios (0.5 + 1) / 2
    expect(lzh.supervisionRate).toBeCloseTo(S_LZH, 12);
    const hr = byAgency.get(HR)!;
    expect(hr.inspectionRate).toBeNull(); // nothing planned: null, not 0 and not 1
    expect(hr.exerciseRate).toBeNull();
    expect([hr.filingsDue, hr.filingsOnTime]).toEqual([4, 2]); // Q1 late, Q4 not accepted
    expect(hr.supervisionRate).toBeCloseTo(0.5, 12); // only the timeliness part counts
    const ec2 = byAgency.get(EC2)!;
    expect(ec2.filingsDue).toBe(3); // active from 2023-04-01
    expect(ec2.timelinessRate).toBeCloseTo(1 / 3, 12);
    expect(city_.overturnRate).toBeCloseTo((1 + 1) / (2 + 2), 12);
  });

  test('supervision rate by region pools agencies under their district; the city is its own group (市直)', async () => {
    const data = await gql(SupervisionQuery, { scope: { years: [2023] }, groupBy: ['REGION'] });
    expect(data.supervisionRates.map((r) => r.regionCode)).toEqual(['420700', '420702', '420703', '420704']);
    const ec = data.supervisionRates.find((r) => r.regionCode === '420704')!;
    expect([ec.inspectionsPlanned, ec.inspectionsCompleted, ec.itemsTotal, ec.itemsExercised, ec.filingsDue, ec.filingsOnTime]).toEqual([50, 45, 44, 42, 7, 5]);
    expect(ec.supervisionRate).toBeCloseTo(S_EC, 12);
    expect(ec.agencyCode).toBeNull();
    expect(ec.label).toBe('鄂城区 · 2023年'.replace(' · 2023年', ''));
  });

  test('scope by region includes the regions under it; DOMAIN counts an agency under each of its domains', async () => {
    const township = await gql(SupervisionQuery, { scope: { years: [2023], regionCodes: ['420704'] }, groupBy: ['AGENCY'] });
    expect(township.supervisionRates.map((r) => r.agencyCode).sort()).toEqual([EC1, EC2].sort());
    const domains = await gql(SupervisionQuery, { scope: { years: [2023] }, groupBy: ['DOMAIN'] });
    const food = domains.supervisionRates.find((r) => r.domainCode === 'FOOD_DRUG')!;
    const transport = domains.supervisionRates.find((r) => r.domainCode === 'TRANSPORT')!;
    expect(food.filingsDue).toBe(4 + 4 + 4); // city, 梁子湖 and 鄂城 agencies
    expect(transport.filingsDue).toBe(4 + 4); // 梁子湖 (two domains) and 华容
    const filtered = await gql(SupervisionQuery, { scope: { years: [2023], domainCodes: ['FOOD_DRUG', 'TRANSPORT'] }, groupBy: [] });
    expect(filtered.supervisionRates[0].filingsDue).toBe(16); // 梁子湖 once, not twice
  });

  test('quarters: YEAR and QUARTER give the series; a quarter nobody filed in is all late', async () => {
    const data = await gql(SupervisionQuery, { scope: { years: [2023], agencyCodes: [CITY] }, groupBy: ['YEAR', 'QUARTER'] });
    expect(data.supervisionRates.map((r) => [r.quarter, r.filingsDue, r.filingsOnTime])).toEqual([[1, 1, 1], [2, 1, 0], [3, 1, 0], [4, 1, 0]]);
    expect(data.supervisionRates[2].supervisionRate).toBe(0);
  });

  test('penalty discretion: out of band against the standard in force on the decision date', async () => {
    const data = await gql(PenaltyQuery, { scope: { years: [2023] }, groupBy: [] });
    const all = data.penaltyDiscretion[0];
    expect(all.cases).toBe(10);
    expect(Number(all.finesTotalYuan)).toBe(6000 + 1500 + 100 + 600 + 0 + 20000 + 300 + 2000 + 3000 + 4000);
    expect(all.meanFineYuan).toBeCloseTo(37500 / 10, 9);
    expect(all.medianFineYuan).toBeCloseTo((1500 + 2000) / 2, 9);
    expect(all.p10FineYuan).toBeCloseTo(0 + 0.9 * (100 - 0), 9);
    expect(all.p90FineYuan).toBeCloseTo(6000 + 0.1 * (20000 - 6000), 9);
    expect([all.noLeniencyCases, all.outOfBandCases, all.casesWithoutStandard]).toEqual([8, 2, 1]);
    expect(all.outOfBandRate).toBeCloseTo(2 / 8, 12);
    expect(all.leniencyRate).toBeCloseTo(2 / 10, 12);
    expect(all.firstOffenceLeniencyRate).toBeCloseTo(2 / 3, 12);
    const revised = await gql(PenaltyQuery, { scope: { years: [2024] }, groupBy: ['YEAR'] });
    // 2024: 6000 is inside the revised 2000–8000 band, 1500 falls below it.
    expect([revised.penaltyDiscretion[0].cases, revised.penaltyDiscretion[0].outOfBandCases]).toEqual([2, 1]);
  });

  test('penalty discretion by domain uses the violation item\'s domain', async () => {
    const data = await gql(PenaltyQuery, { scope: { years: [2023] }, groupBy: ['DOMAIN'] });
    expect(data.penaltyDiscretion.map((r) => [r.domainCode, r.cases])).toEqual([['FOOD_DRUG', 8], ['OTHER', 1], ['TRANSPORT', 1]]);
  });

  test('cross-district inconsistency: CV of region means over regions with enough cases', async () => {
    const two = await gql(InconsistencyQuery, { year: 2023, minCases: 2 });
    const v1 = two.discretionInconsistency.find((r) => r.violationItemCode === 'V1' && r.band === 'GENERAL')!;
    // 市直 (6000 + 1500) / 2 = 3750, 鄂城区 (2000 + 3000) / 2 = 2500; 梁子湖区 has 1 case only.
    expect(v1.regions).toBe(2);
    expect(v1.meanFineYuan).toBeCloseTo((3750 + 2500) / 2, 9);
    expect(v1.coefficientOfVariation).toBeCloseTo(625 / 3125, 12);
    const one = await gql(InconsistencyQuery, { year: 2023, minCases: 1 });
    const all = one.discretionInconsistency.find((r) => r.violationItemCode === 'V1' && r.band === 'GENERAL')!;
    const means = [3750, 2500, 4000];
    const mean = means.reduce((a, b) => a + b) / 3;
    const sd = Math.sqrt(means.reduce((a, m) => a + (m - mean) ** 2, 0) / 3);
    expect(all.coefficientOfVariation).toBeCloseTo(sd / mean, 12);
    const serious = two.discretionInconsistency.find((r) => r.violationItemCode === 'V2')!;
    expect(serious.coefficientOfVariation).toBeNull(); // fewer than 2 regions
  });

  test('rectification as of a date: a reopened problem is rectifying again, overdue when past its deadline', async () => {
    const end = await gql(RectificationQuery, { asOf: '2023-12-31', groupBy: [] });
    expect(end.rectificationProgress).toEqual([{
      regionCode: null, asOf: '2023-12-31', total: 4, rectified: 2, verified: 1, overdue: 1,
      rectificationRate: 2 / 4, verificationRate: 1 / 4, medianDaysToRectify: (50 + 123) / 2,
    }]);
    const before = await gql(RectificationQuery, { asOf: '2023-05-01', groupBy: ['REGION'] });
    const ec = before.rectificationProgress.find((r) => r.regionCode === '420704')!;
    // P2 was rectified on 2023-04-02 (reopened only in June); P3 (a township) pools into 鄂城区.
    expect([ec.total, ec.rectified, ec.overdue, ec.medianDaysToRectify]).toEqual([2, 1, 0, 60]);
  });

  test('evaluation ranking by region: composite, incomplete entries and rank change', async () => {
    const data = await gql(RankingQuery, { year: 2023, level: 'REGION' });
    const rows = data.evaluationRanking;
    expect(rows.map((r) => [r.regionCode, r.rank])).toEqual([['420704', 1], ['420703', 2], ['420702', 3], ['420700', null]]);
    const ec = rows[0];
    expect(ec.quality).toBeCloseTo((60 + 100) / 2, 12);
    expect(ec.satisfaction).toBeCloseTo((30 * 60 + 10 * 100) / 40, 12);
    expect(ec.composite).toBeCloseTo(0.4 * 80 + 0.3 * 100 * S_EC + 0.3 * 70, 9);
    expect(rows[1].composite).toBeCloseTo(0.4 * 95 + 0.3 * 100 * 0.5 + 0.3 * ((10 * 70 + 10 * 90) / 20), 9);
    expect(rows[2].composite).toBeCloseTo(0.4 * 70 + 0.3 * 100 * S_LZH + 0.3 * ((100 * 80 + 50 * 90) / 150), 9);
    expect([ec.previousRank, ec.rankChange, rows[1].rankChange, rows[2].rankChange]).toEqual([2, 1, -1, null]);
    expect(rows[3]).toMatchObject({ incomplete: true, missing: ['satisfaction'], composite: null, rank: null });
  });

  test('evaluation ranking by agency: ties share a rank (1, 1, 3)', async () => {
    const data = await gql(RankingQuery, { year: 2023, level: 'AGENCY' });
    const ranked = data.evaluationRanking.filter((r) => !r.incomplete).map((r) => [r.agencyCode, r.rank]);
    // 鄂城区局 0.4·80 + 30·1 + 0.3·60 = 80; 华容区局 0.4·95 + 30·0.5 + 0.3·90 = 80; 梁子湖区局 ≈ 76.1.
    expect(ranked).toEqual([[HR, 1], [EC1, 1], [LZH, 3]]); // ties in code order
    const incomplete = data.evaluationRanking.filter((r) => r.incomplete).map((r) => [r.agencyCode, r.missing]);
    expect(incomplete).toEqual([[CITY, ['satisfaction']], [EC2, ['quality', 'satisfaction']]].sort());
  });

  test('training compliance: valid certificates only, both 30-hour targets', async () => {
    const data = await gql(WorkforceQuery, { year: 2023, groupBy: ['REGION'] });
    expect(data.workforce.map((r) => [r.regionCode, r.officersWithValidCertificate, r.compliantOfficers, r.trainingComplianceRate]))
      .toEqual([['420702', 1, 0, 0], ['420704', 2, 1, 0.5]]);
  });
});
