import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { describeWithCity } from './helpers/warehouse.ts';
import type { TestToken } from './helpers/server.ts';

// Complaint handling and clue transfers through the warehouse, worked out by hand from
// tests/fixtures/oversight/*.csv over the city of tests/fixtures/warnings/ (its README has the
// agencies: 市直 …001B, 梁子湖区 …002B, 鄂城区 …004E and the township team …005H under 鄂城区).
const CITY = '11420700MB0000001B';
const LZH = '11420702MB0000002B';
const EC = '11420704MB0000004E';

const FILES = ['warnings/regions.csv', 'warnings/agencies.csv', 'oversight/complaints.csv', 'oversight/clues.csv'];

const ComplaintQuery = graphql(`
  query OversightComplaints($scope: Scope, $groupBy: [Dimension!]!, $channels: [ComplaintChannel!], $byChannel: Boolean) {
    complaintHandling(scope: $scope, groupBy: $groupBy, channels: $channels, byChannel: $byChannel) {
      regionCode agencyCode domainCode year quarter channel label
      received resolved transferred open medianDaysToResolution resolutionRate complaintTransferRate
    }
  }
`);

const ClueQuery = graphql(`
  query OversightClues($scope: Scope, $groupBy: [Dimension!]!) {
    clueTransfers(scope: $scope, groupBy: $groupBy) {
      regionCode agencyCode year quarter registered transferred withFeedback medianDaysToTransfer clueTransferRate clueFeedbackRate
    }
  }
`);

describeWithCity('complaint handling and clue transfers', async (city) => {
  const report = await city.importFiles(FILES);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  await city.etl(true);
}, (city) => {
  const gql = <T, V>(doc: TypedDocumentNode<T, V>, variables: V, token?: TestToken) => city().query(doc, variables, token);
  const complaints = async (variables: Parameters<typeof gql<unknown, object>>[1], token?: TestToken) =>
    (await gql(ComplaintQuery, { groupBy: [], ...variables } as never, token)).complaintHandling;

  test('2023 over the city: a complaint still HANDLING and a transferred one are not resolved; the median of six resolution times', async () => {
    const [all] = await complaints({ scope: { years: [2023] } });
    // Received in 2023: C1 C2 C3 C4 C5 C6 C8 C9. Resolved, in calendar days: C6 1, C1 4, C9 5, C5 7, C2 10
    // (23:30 on 1 Feb to 08:00 on 11 Feb: ten dates apart), C8 18 (20 Feb → 10 Mar). C4 TRANSFERRED, C3 HANDLING.
    expect([all.received, all.resolved, all.transferred, all.open]).toEqual([8, 6, 1, 1]);
    expect(all.medianDaysToResolution).toBe((5 + 7) / 2);
    expect(all.resolutionRate).toBeCloseTo(6 / 8, 12);
    expect(all.complaintTransferRate).toBeCloseTo(1 / 8, 12);
  });

  test('by region: 市直, 梁子湖区 (an even count of resolved complaints) and 鄂城区', async () => {
    const rows = await complaints({ scope: { years: [2023] }, groupBy: ['REGION'] });
    expect(rows.map((r) => [r.regionCode, r.received, r.resolved, r.transferred, r.open, r.medianDaysToResolution])).toEqual([
      ['420700', 1, 1, 0, 0, 1],
      ['420702', 5, 4, 0, 1, (5 + 10) / 2], // 4, 5, 10, 18
      ['420704', 2, 1, 1, 0, 7],
    ]);
  });

  test('by year and quarter: the date of receipt in Asia/Shanghai decides the quarter', async () => {
    const rows = await complaints({ scope: { agencyCodes: [LZH] }, groupBy: ['YEAR', 'QUARTER'] });
    // C3 arrived at 07:00 on 1 April in the city (23:00 UTC on 31 March): the second quarter.
    expect(rows.map((r) => [r.year, r.quarter, r.received, r.resolved, r.medianDaysToResolution])).toEqual([
      [2023, 1, 3, 3, 10], // C1 4, C2 10, C8 18
      [2023, 2, 1, 0, null],
      [2023, 4, 1, 1, 5],
    ]);
  });

  test('by domain a complaint counts under each domain of its agency', async () => {
    const rows = await complaints({ scope: { years: [2023] }, groupBy: ['DOMAIN'] });
    expect(rows.map((r) => [r.domainCode, r.received])).toEqual([['FOOD_DRUG', 8], ['TRANSPORT', 5]]);
  });

  test('channel: grouped with byChannel, selected with channels', async () => {
    const rows = await complaints({ scope: { years: [2023] }, byChannel: true });
    expect(rows.map((r) => [r.channel, r.received, r.resolved, r.transferred, r.medianDaysToResolution])).toEqual([
      ['EMAIL', 1, 0, 0, null],
      ['HOTLINE', 4, 4, 0, (4 + 7) / 2], // 1, 4, 7, 18
      ['LETTER', 2, 1, 1, 5],
      ['ONLINE', 1, 1, 0, 10],
    ]);
    const [hotline] = await complaints({ scope: { years: [2023] }, channels: ['HOTLINE'] });
    expect([hotline.channel, hotline.received, hotline.medianDaysToResolution]).toEqual([null, 4, 5.5]);
  });

  test('a SUPERVISOR sees its region only, a FILER its agency only; PUBLIC no cell of fewer than 5 complaints', async () => {
    const server = city().server;
    const supervisor = await server.token({ role: 'SUPERVISOR', regionCode: '420704' });
    // 鄂城区: C4, C5 and the township team's C7 of 2024 (still RECEIVED).
    expect((await complaints({ groupBy: ['REGION'] }, supervisor)).map((r) => [r.regionCode, r.received, r.resolved, r.transferred, r.open]))
      .toEqual([['420704', 3, 1, 1, 1]]);
    expect(await complaints({ scope: { regionCodes: ['420702'] }, groupBy: ['REGION'] }, supervisor)).toEqual([]);
    const filer = await server.token({ role: 'FILER', agencyCode: LZH });
    expect((await complaints({ groupBy: ['AGENCY'] }, filer)).map((r) => [r.agencyCode, r.received])).toEqual([[LZH, 5]]);
    expect((await complaints({ scope: { years: [2023] }, groupBy: ['REGION'] }, null)).map((r) => [r.regionCode, r.received])).toEqual([['420702', 5]]);
  });

  test('no personal data reaches the warehouse', async () => {
    const columns = await city().server.app.services.warehouse.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name in ('raw_complaints', 'stg_complaints', 'fct_complaint', 'raw_clues', 'fct_clue')`);
    const names = columns.map((c) => c.column_name);
    expect(names).toContain('complaint_no');
    expect(names.filter((n) => /complainant|name|phone|summary|outcome|document|organ/.test(n))).toEqual([]);
  });

  test('clue transfers by region and year of registration: one never transferred, one transferred the next year', async () => {
    const rows = (await gql(ClueQuery, { groupBy: ['REGION', 'YEAR'] })).clueTransfers;
    // 梁子湖区 2023: K1 (1 Mar → 10 Apr: 40 days, feedback), K3 (never transferred), K4 (28 Dec 2023 → 15 Jan 2024:
    // 18 days, counted in 2023, feedback). 鄂城区 2023: K2 (21 May → 10 Jun: 20 days). 市直 2024: K5 registered only.
    expect(rows.map((r) => [r.regionCode, r.year, r.registered, r.transferred, r.withFeedback, r.medianDaysToTransfer])).toEqual([
      ['420700', 2024, 1, 0, 0, null],
      ['420702', 2023, 3, 2, 2, (18 + 40) / 2],
      ['420704', 2023, 1, 1, 0, 20],
    ]);
    const byRegion = Object.fromEntries(rows.map((r) => [r.regionCode, r]));
    expect(byRegion['420702'].clueTransferRate).toBeCloseTo(2 / 3, 12);
    expect(byRegion['420702'].clueFeedbackRate).toBe(1);
    expect(byRegion['420700'].clueFeedbackRate).toBeNull(); // nothing transferred: no denominator
    const [all] = (await gql(ClueQuery, { scope: { years: [2023] }, groupBy: [] })).clueTransfers;
    expect([all.registered, all.transferred, all.withFeedback, all.medianDaysToTransfer]).toEqual([4, 3, 2, 20]); // 18, 20, 40
  });

  test('clue transfers: SUPERVISOR and FILER see their own, PUBLIC is refused', async () => {
    const server = city().server;
    const supervisor = await server.token({ role: 'SUPERVISOR', regionCode: '420704' });
    expect((await gql(ClueQuery, { groupBy: ['AGENCY'] }, supervisor)).clueTransfers.map((r) => [r.agencyCode, r.registered])).toEqual([[EC, 1]]);
    const filer = await server.token({ role: 'FILER', agencyCode: CITY });
    expect((await gql(ClueQuery, { groupBy: ['AGENCY'] }, filer)).clueTransfers.map((r) => [r.agencyCode, r.registered])).toEqual([[CITY, 1]]);
    const refused = await server.request(ClueQuery, { groupBy: [] }, null);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
