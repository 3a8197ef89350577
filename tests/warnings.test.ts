import { expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { describeWithCity } from './helpers/warehouse.ts';
import type { WarningKind, WarningsQueryVariables } from './__generated__/graphql.ts';

// Every expected row below is worked out by hand from tests/fixtures/warnings/*.csv (see the
// README there) as of 8 October 2024: D + 7 = 15 October (the 2024 Q3 filing due date),
// D + 14 = 22 October.
const A1 = '11420700MB0000001B'; // 市直, always active
const A2 = '11420702MB0000002B'; // 梁子湖区, always active
const A4 = '11420704MB0000004E'; // 鄂城区, active until 2024-03-31
const A3 = '11420704MB0000005H'; // 凤凰街道 in 鄂城区, active from 2024-08-01
const D = '2024-10-08';

const Warnings = graphql(`
  query Warnings($asOf: Date!, $scope: Scope, $kinds: [WarningKind!]) {
    warnings(asOf: $asOf, scope: $scope, kinds: $kinds) { kind level agencyCode unitCode regionCode subject dueOn daysOverdue label }
  }
`);
const SaveDraft = graphql(`mutation WarningDraft($input: FilingInput!) { createOrUpdateFilingDraft(input: $input) { status } }`);
const Submit = graphql(`mutation WarningSubmit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status } }`);
const Return = graphql(`mutation WarningReturn($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status } }`);

const row = (kind: WarningKind, level: 'RED' | 'YELLOW', agencyCode: string | null, regionCode: string, subject: string, dueOn: string, daysOverdue: number) =>
  ({ kind, level, agencyCode, unitCode: null, regionCode, subject, dueOn, daysOverdue });

// Days from each due date to D, month by month.
const EXPECTED_2024 = [
  row('FILING', 'RED', A4, '420704', '2024Q1', '2024-04-15', (30 - 15) + 31 + 30 + 31 + 31 + 30 + 8),
  row('PROBLEM', 'RED', A1, '420700', 'W-P6', '2024-06-30', 31 + 31 + 30 + 8), // RECTIFIED only after D
  row('FILING', 'RED', A2, '420702', '2024Q2', '2024-07-15', (31 - 15) + 31 + 30 + 8), // a DRAFT is not filed
  row('PROBLEM', 'RED', A1, '420700', 'W-P4', '2024-09-01', (30 - 1) + 8), // REOPENED: rectifying again
  row('PROBLEM', 'RED', null, '420703', 'W-P8', '2024-10-01', 7),
  row('PROBLEM', 'RED', A1, '420700', 'W-P1', '2024-10-07', 1),
  row('FILING', 'YELLOW', A1, '420700', '2024Q3', '2024-10-15', -7), // exactly D + 7
  row('FILING', 'YELLOW', A3, '420704', '2024Q3', '2024-10-15', -7), // RETURNED is not filed
  row('PROBLEM', 'YELLOW', A2, '420702', 'W-P2', '2024-10-22', -14), // exactly D + 14; W-P3 (D + 15) is not listed
];

describeWithCity('warnings', async (city) => {
  const report = await city.importFiles(['warnings/regions.csv', 'warnings/agencies.csv', 'warnings/problems.csv', 'warnings/filings-accepted.csv']);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  await city.importFiles(['warnings/filings-submitted.csv'], false);
  const t = city.server;
  const q2 = { agencyCode: A2, year: 2024, quarter: 2 };
  const q3 = { agencyCode: A3, year: 2024, quarter: 3 };
  for (const input of [q2, q3]) expect((await t.request(SaveDraft, { input: { ...input, itemsTotal: 1, itemsExercised: 1 } })).errors).toBeUndefined();
  expect((await t.request(Submit, q3)).data?.submitFiling.status).toBe('SUBMITTED');
  expect((await t.request(Return, { ...q3, reason: '数据有误' })).data?.returnFiling.status).toBe('RETURNED');
}, (city) => {
  const warnings = async (variables: WarningsQueryVariables, token?: string | null) => {
    const response = await city().server.request(Warnings, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!.warnings.map(({ label, ...w }) => {
      expect(label).toContain(w.subject);
      return w;
    });
  };

  test('FILING and PROBLEM warnings of 2024: RED first, then due date, agency code (none last), subject', async () => {
    expect(await warnings({ asOf: D, scope: { years: [2024] } })).toEqual(EXPECTED_2024);
  });

  test('without a year, every quarter of the programme since 2022 and the problem found in 2023', async () => {
    const all = await warnings({ asOf: D });
    // A1, A2 and A4 were active in all eight quarters of 2022–2023 and filed none of them; A3 started in 2024.
    expect(all.filter((w) => w.kind === 'FILING' && w.subject < '2024')).toHaveLength(3 * 8);
    expect(all.find((w) => w.subject === 'W-P9')).toEqual(row('PROBLEM', 'RED', A4, '420704', 'W-P9', '2024-10-01', 7));
    expect(all).toHaveLength(EXPECTED_2024.length + 3 * 8 + 1);
    expect(all[0]).toEqual(row('FILING', 'RED', A1, '420700', '2022Q1', '2022-04-15', 365 + 366 + 176));
  });

  test('a day earlier the Q3 filing is 8 days away (not yet warned) and a deadline falling on D is yellow', async () => {
    const earlier = await warnings({ asOf: '2024-10-07', scope: { years: [2024] } });
    expect(earlier.filter((w) => w.subject === '2024Q3')).toEqual([]);
    expect(earlier.find((w) => w.subject === 'W-P1')).toMatchObject({ level: 'YELLOW', daysOverdue: 0 });
  });

  test('kinds, regions (with the regions under them), agencies and domains select', async () => {
    const only = (pred: (w: (typeof EXPECTED_2024)[number]) => boolean) => EXPECTED_2024.filter(pred);
    expect(await warnings({ asOf: D, scope: { years: [2024] }, kinds: ['PROBLEM'] })).toEqual(only((w) => w.kind === 'PROBLEM'));
    expect(await warnings({ asOf: D, scope: { years: [2024], regionCodes: ['420704'] } })).toEqual(only((w) => w.regionCode === '420704'));
    expect(await warnings({ asOf: D, scope: { years: [2024], agencyCodes: [A1] } })).toEqual(only((w) => w.agencyCode === A1));
    expect(await warnings({ asOf: D, scope: { years: [2024], domainCodes: ['TRANSPORT'] } }))
      .toEqual(only((w) => (w.kind === 'FILING' && w.agencyCode === A2) || w.subject === 'W-P8'));
    expect(await warnings({ asOf: D, scope: { years: [2024], quarters: [3] }, kinds: ['FILING'] })).toEqual(only((w) => w.subject === '2024Q3'));
  });

  test('a SUPERVISOR sees its region\'s, a FILER its own agency\'s, PUBLIC none', async () => {
    const t = city().server;
    const supervisor = await t.token({ role: 'SUPERVISOR', subject: 'sup-ec', regionCode: '420704' });
    expect(await warnings({ asOf: D, scope: { years: [2024] } }, supervisor)).toEqual(EXPECTED_2024.filter((w) => w.regionCode === '420704'));
    const hr = await t.token({ role: 'SUPERVISOR', subject: 'sup-hr', regionCode: '420703' });
    expect(await warnings({ asOf: D, scope: { years: [2024] } }, hr)).toEqual(EXPECTED_2024.filter((w) => w.subject === 'W-P8'));
    const filer = await t.token({ role: 'FILER', subject: 'filer-a1', agencyCode: A1 });
    expect(await warnings({ asOf: D, scope: { years: [2024] } }, filer)).toEqual(EXPECTED_2024.filter((w) => w.agencyCode === A1));
    const anonymous = await t.request(Warnings, { asOf: D }, null);
    expect(anonymous.errors?.[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  test('a record of 2025 extends the filing quarters to 2025', async () => {
    const q1of2025 = { asOf: '2025-04-08', scope: { years: [2025] }, kinds: ['FILING' as const] };
    expect(await warnings(q1of2025)).toEqual([]);
    await city().importFiles(['warnings/penalties-2025.csv']);
    // A4 stopped in March 2024; the other three are active in 2025 Q1, due 15 April = D + 7.
    expect(await warnings(q1of2025)).toEqual([A1, A2, A3].map((a, i) =>
      row('FILING', 'YELLOW', a, ['420700', '420702', '420704'][i], '2025Q1', '2025-04-15', -7)));
  });
});
