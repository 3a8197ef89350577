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
const FILING_AND_PROBLEM: WarningKind[] = ['FILING', 'PROBLEM'];

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
  const report = await city.importFiles(['warnings/regions.csv', 'warnings/agencies.csv', 'warnings/problems.csv', 'warnings/filings-accepted.csv',
    'warnings/tasks.csv', 'warnings/progress-reports.csv']);
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
    expect(await warnings({ asOf: D, scope: { years: [2024] }, kinds: FILING_AND_PROBLEM })).toEqual(EXPECTED_2024);
  });

  test('without a year, every quarter of the programme since 2022 and the problem found in 2023', async () => {
    const all = await warnings({ asOf: D, kinds: FILING_AND_PROBLEM });
    // A1, A2 and A4 were active in all eight quarters of 2022–2023 and filed none of them; A3 started in 2024.
    expect(all.filter((w) => w.kind === 'FILING' && w.subject < '2024')).toHaveLength(3 * 8);
    expect(all.find((w) => w.subject === 'W-P9')).toEqual(row('PROBLEM', 'RED', A4, '420704', 'W-P9', '2024-10-01', 7));
    expect(all).toHaveLength(EXPECTED_2024.length + 3 * 8 + 1);
    expect(all[0]).toEqual(row('FILING', 'RED', A1, '420700', '2022Q1', '2022-04-15', 365 + 366 + 176));
  });

  test('a day earlier the Q3 filing is 8 days away (not yet warned) and a deadline falling on D is yellow', async () => {
    const earlier = await warnings({ asOf: '2024-10-07', scope: { years: [2024] }, kinds: FILING_AND_PROBLEM });
    expect(earlier.filter((w) => w.subject === '2024Q3')).toEqual([]);
    expect(earlier.find((w) => w.subject === 'W-P1')).toMatchObject({ level: 'YELLOW', daysOverdue: 0 });
  });

  test('kinds, regions (with the regions under them), agencies and domains select', async () => {
    const only = (pred: (w: (typeof EXPECTED_2024)[number]) => boolean) => EXPECTED_2024.filter(pred);
    expect(await warnings({ asOf: D, scope: { years: [2024] }, kinds: ['PROBLEM'] })).toEqual(only((w) => w.kind === 'PROBLEM'));
    expect(await warnings({ asOf: D, scope: { years: [2024], regionCodes: ['420704'] }, kinds: FILING_AND_PROBLEM })).toEqual(only((w) => w.regionCode === '420704'));
    expect(await warnings({ asOf: D, scope: { years: [2024], agencyCodes: [A1] }, kinds: FILING_AND_PROBLEM })).toEqual(only((w) => w.agencyCode === A1));
    expect(await warnings({ asOf: D, scope: { years: [2024], domainCodes: ['TRANSPORT'] }, kinds: FILING_AND_PROBLEM }))
      .toEqual(only((w) => (w.kind === 'FILING' && w.agencyCode === A2) || w.subject === 'W-P8'));
    expect(await warnings({ asOf: D, scope: { years: [2024], quarters: [3] }, kinds: ['FILING'] })).toEqual(only((w) => w.subject === '2024Q3'));
  });

  test('a SUPERVISOR sees its region\'s, a FILER its own agency\'s, PUBLIC none', async () => {
    const t = city().server;
    const supervisor = await t.token({ role: 'SUPERVISOR', subject: 'sup-ec', regionCode: '420704' });
    expect(await warnings({ asOf: D, scope: { years: [2024] }, kinds: FILING_AND_PROBLEM }, supervisor)).toEqual(EXPECTED_2024.filter((w) => w.regionCode === '420704'));
    const hr = await t.token({ role: 'SUPERVISOR', subject: 'sup-hr', regionCode: '420703' });
    expect(await warnings({ asOf: D, scope: { years: [2024] }, kinds: FILING_AND_PROBLEM }, hr)).toEqual(EXPECTED_2024.filter((w) => w.subject === 'W-P8'));
    const filer = await t.token({ role: 'FILER', subject: 'filer-a1', agencyCode: A1 });
    expect(await warnings({ asOf: D, scope: { years: [2024] }, kinds: FILING_AND_PROBLEM }, filer)).toEqual(EXPECTED_2024.filter((w) => w.agencyCode === A1));
    const anonymous = await t.request(Warnings, { asOf: D }, null);
    expect(anonymous.errors?.[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  // As of 8 January 2025: D + 7 = 15 January 2025, the 2024 H2 due date. Days from each due date to it:
  const DP = '2025-01-08';
  const toDP = { '2023-01-15': 365 + 366 - 7, '2023-07-15': 366 + 177, '2024-01-15': 366 - 7, '2024-07-15': (31 - 15) + 31 + 30 + 31 + 30 + 31 + 8 };
  const report = (level: 'RED' | 'YELLOW', unit: string, agency: boolean, regionCode: string, subject: string, dueOn: string) =>
    ({ kind: 'PROGRESS_REPORT', level, agencyCode: agency ? unit : null, unitCode: unit, regionCode, subject, dueOn,
      daysOverdue: level === 'YELLOW' ? -7 : toDP[dueOn as keyof typeof toDP] });
  const PROGRESS = [
    // A3's only report is of 2022 H1 (NOT_STARTED): every half-year since is missing.
    report('RED', A3, true, '420704', 'T2 2022H2', '2023-01-15'),
    report('RED', A3, true, '420704', 'T2 2023H1', '2023-07-15'),
    report('RED', A3, true, '420704', 'T2 2023H2', '2024-01-15'),
    // A1's latest is 2023 H2, IN_PROGRESS.
    report('RED', A1, true, '420700', 'T1 2024H1', '2024-07-15'),
    report('RED', A3, true, '420704', 'T2 2024H1', '2024-07-15'),
    report('YELLOW', A1, true, '420700', 'T1 2024H2', '2025-01-15'),
    report('YELLOW', A3, true, '420704', 'T2 2024H2', '2025-01-15'),
    // The region 华容区 reports for itself: BLOCKED in 2024 H1. A2's latest (2024 H1) is DONE: nothing;
    // A4 reported 2024 H2 already, and 2025 H1 is due only on 15 July.
    report('YELLOW', '420703', false, '420703', 'T2 2024H2', '2025-01-15'),
  ];

  test('PROGRESS_REPORT: every half-year after a unit\'s latest report that is not DONE, once due within 7 days', async () => {
    expect(await warnings({ asOf: DP, kinds: ['PROGRESS_REPORT'] })).toEqual(PROGRESS);
    // A day earlier 2024 H2 is 8 days away.
    expect(await warnings({ asOf: '2025-01-07', kinds: ['PROGRESS_REPORT'] })).toEqual(PROGRESS.filter((w) => w.level === 'RED')
      .map((w) => ({ ...w, daysOverdue: w.daysOverdue - 1 })));
  });

  test('PROGRESS_REPORT scopes: years of the half-year, a region unit by region only, agency units as agencies', async () => {
    const kinds: WarningKind[] = ['PROGRESS_REPORT'];
    expect(await warnings({ asOf: DP, kinds, scope: { years: [2024] } })).toEqual(PROGRESS.filter((w) => w.subject.endsWith('2024H1') || w.subject.endsWith('2024H2')));
    expect(await warnings({ asOf: DP, kinds, scope: { regionCodes: ['420703'] } })).toEqual(PROGRESS.filter((w) => w.unitCode === '420703'));
    expect(await warnings({ asOf: DP, kinds, scope: { agencyCodes: [A3] } })).toEqual(PROGRESS.filter((w) => w.unitCode === A3));
    expect(await warnings({ asOf: DP, kinds, scope: { domainCodes: ['URBAN_MANAGEMENT'] } })).toEqual(PROGRESS.filter((w) => w.unitCode === A3));
    const t = city().server;
    const hr = await t.token({ role: 'SUPERVISOR', subject: 'sup-hr-2', regionCode: '420703' });
    expect(await warnings({ asOf: DP, kinds }, hr)).toEqual(PROGRESS.filter((w) => w.unitCode === '420703'));
    const filer = await t.token({ role: 'FILER', subject: 'filer-a1-2', agencyCode: A1 });
    expect(await warnings({ asOf: DP, kinds }, filer)).toEqual(PROGRESS.filter((w) => w.unitCode === A1));
  });

  test('without kinds, all three kinds together, in one order', async () => {
    const all = await warnings({ asOf: D, scope: { years: [2024] } });
    const progress = await warnings({ asOf: D, scope: { years: [2024] }, kinds: ['PROGRESS_REPORT'] });
    // As of D only 2024 H1 (due 15 July) has come due: A1's T1 and A3's T2.
    expect(progress.map((w) => w.subject)).toEqual(['T1 2024H1', 'T2 2024H1']);
    expect(all).toHaveLength(EXPECTED_2024.length + 2);
    // Three RED cards due 15 July 2024 sort by agency code: A1 (…0001B), A2 (…0002B), A3 (…0005H).
    expect(all.slice(0, 5).map((w) => w.subject)).toEqual(['2024Q1', 'W-P6', 'T1 2024H1', '2024Q2', 'T2 2024H1']);
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
