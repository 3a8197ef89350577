import { expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { describeWithCity } from './helpers/warehouse.ts';
import type { SignalsQueryVariables } from './__generated__/graphql.ts';

// Worked out by hand from tests/fixtures/signals (see the README there).
const S1 = '11420700000000101U';
const S2 = '11420700000000102Y';
const S4 = '114207000000001045';
const S7 = '11420700000000107E';
const S8 = '11420700000000108H';

const Signals = graphql(`
  query Signals($year: Int!, $scope: Scope, $kinds: [SignalKind!]) {
    enforcementSignals(year: $year, scope: $scope, kinds: $kinds) {
      id kind agencyCode regionCode month violationItemCode domainCode cases value baseline caseNos label
    }
  }
`);
const SignalCases = graphql(`
  query SignalCases($year: Int!, $kinds: [SignalKind!]) {
    enforcementSignals(year: $year, kinds: $kinds) { agencyCode penaltyCases(first: 100) { totalCount nodes { caseNo decidedOn } } }
  }
`);

const Raise = graphql(`
  mutation RaiseFromSignal($input: SignalProblemInput!) {
    createProblemFromSignal(input: $input) { code regionCode agencyCode domain category source status identifiedOn deadline sourceSignal description }
  }
`);
const RaisedProblems = graphql(`
  query RaisedProblems {
    problems(filter: { sourceSignal: { isNull: false } }) { nodes { code sourceSignal } }
    auditEvents(filter: { entity: { eq: "problem" } }) { nodes { action actor entityKey } }
  }
`);

const months = (tag: string, yymm: string, n: number) => Array.from({ length: n }, (_, i) => `${tag}-${yymm}-${String(i + 1).padStart(2, '0')}`);
const numbered = (tag: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${tag}-${String(from + i).padStart(3, '0')}`);

const EXPECTED_2024 = [
  // S1: sorted months 3,3,3,3,4,4,4,4,4,4,5,12 → median (4 + 4) / 2 = 4; March 12 = 3 × 4.
  { id: `CAMPAIGN:2024:${S1}:3`, kind: 'CAMPAIGN', agencyCode: S1, regionCode: '420700', month: 3, violationItemCode: null, domainCode: 'FOOD_DRUG',
    cases: 12, value: 12, baseline: 4, caseNos: months('S1', '2403', 12) },
  // S2: ten empty months → median 0; May's 10 qualifies, June's 9 does not reach 10.
  { id: `CAMPAIGN:2024:${S2}:5`, kind: 'CAMPAIGN', agencyCode: S2, regionCode: '420702', month: 5, violationItemCode: null, domainCode: 'FOOD_DRUG',
    cases: 10, value: 10, baseline: 0, caseNos: months('S2', '2405', 10) },
  // S4: 10 × 2 × 300 + 4 × 500 = 8000, December 2000 / 8000 = 25 %; December 4 = 2 × 24 / 12.
  { id: `PROFIT_DRIVEN:2024:${S4}`, kind: 'PROFIT_DRIVEN', agencyCode: S4, regionCode: '420703', month: null, violationItemCode: null, domainCode: 'TRANSPORT',
    cases: 24, value: 2000 / 8000, baseline: 1 / 12, caseNos: [...Array.from({ length: 10 }, (_, m) => months('S4', `24${String(m + 1).padStart(2, '0')}`, 2)).flat(), ...months('S4', '2412', 4)] },
  // S7, V1: 6 GENERAL + 4 MINOR without leniency, all 2000 yuan (the 2 lighter cases do not count).
  { id: `ONE_SIZE_FITS_ALL:2024:${S7}:V1`, kind: 'ONE_SIZE_FITS_ALL', agencyCode: S7, regionCode: '420702', month: null, violationItemCode: 'V1', domainCode: 'FOOD_DRUG',
    cases: 10, value: 2000, baseline: 2, caseNos: numbered('S7', 1, 10) },
  // S8: 8 of 10 first-offence MINOR cases without leniency = 80 %.
  { id: `MECHANICAL:2024:${S8}`, kind: 'MECHANICAL', agencyCode: S8, regionCode: '420700', month: null, violationItemCode: null, domainCode: 'FOOD_DRUG',
    cases: 10, value: 8 / 10, baseline: 0.8, caseNos: numbered('S8', 1, 10) },
];

describeWithCity('enforcement signals', async (city) => {
  const report = await city.importFiles(['signals/regions.csv', 'signals/agencies.csv', 'signals/standards.csv', 'signals/penalties.csv']);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  await city.etl(true);
}, (city) => {
  const signals = async (variables: SignalsQueryVariables, token?: string | null) => {
    const response = await city().server.request(Signals, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!.enforcementSignals.map(({ label, ...s }) => {
      expect(label).toContain(s.kind === 'CAMPAIGN' ? '运动式执法' : s.kind === 'PROFIT_DRIVEN' ? '逐利执法' : s.kind === 'MECHANICAL' ? '机械执法' : '一刀切');
      return s;
    });
  };

  test('every kind of 2024, with the edge cases just missing (S3, S5, S6, S7 V2–V4, S9, S10) left out', async () => {
    expect(await signals({ year: 2024 })).toEqual(EXPECTED_2024);
  });

  test('the year selects the cases: 2023 has only S2\'s December', async () => {
    expect(await signals({ year: 2023 })).toEqual([expect.objectContaining({ kind: 'CAMPAIGN', agencyCode: S2, month: 12, cases: 12, value: 12, baseline: 0 })]);
  });

  test('kinds, regions, agencies and the domain of the cases select', async () => {
    expect(await signals({ year: 2024, kinds: ['MECHANICAL', 'CAMPAIGN'] })).toEqual(EXPECTED_2024.filter((s) => s.kind === 'CAMPAIGN' || s.kind === 'MECHANICAL'));
    expect(await signals({ year: 2024, scope: { regionCodes: ['420702'] } })).toEqual(EXPECTED_2024.filter((s) => s.regionCode === '420702'));
    expect(await signals({ year: 2024, scope: { agencyCodes: [S1, S8] } })).toEqual(EXPECTED_2024.filter((s) => s.agencyCode === S1 || s.agencyCode === S8));
    expect(await signals({ year: 2024, scope: { domainCodes: ['TRANSPORT'] } })).toEqual(EXPECTED_2024.filter((s) => s.agencyCode === S4));
  });

  test('a SUPERVISOR sees its region\'s signals, a FILER its agency\'s, PUBLIC none', async () => {
    const t = city().server;
    const supervisor = await t.token({ role: 'SUPERVISOR', subject: 'sup-lzh', regionCode: '420702' });
    expect(await signals({ year: 2024 }, supervisor)).toEqual(EXPECTED_2024.filter((s) => s.regionCode === '420702'));
    const filer = await t.token({ role: 'FILER', subject: 'filer-s8', agencyCode: S8 });
    expect(await signals({ year: 2024, scope: { agencyCodes: [S1, S8] } }, filer)).toEqual(EXPECTED_2024.filter((s) => s.agencyCode === S8));
    const anonymous = await t.request(Signals, { year: 2024 }, null);
    expect(anonymous.errors?.[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  test('the cases behind a signal open through the operational store', async () => {
    const response = await city().server.request(SignalCases, { year: 2024, kinds: ['CAMPAIGN'] });
    expect(response.errors).toBeUndefined();
    const [march] = response.data!.enforcementSignals;
    expect(march.agencyCode).toBe(S1);
    expect(march.penaltyCases.totalCount).toBe(12);
    expect(march.penaltyCases.nodes.map((n) => n.caseNo)).toEqual(months('S1', '2403', 12));
    expect(march.penaltyCases.nodes.every((n) => n.decidedOn.startsWith('2024-03'))).toBe(true);
  });

  test('a supervisor turns a signal into a problem-list item that records the signal, once, audited, in its region only', async () => {
    const t = city().server;
    const supervisor = await t.token({ role: 'SUPERVISOR', subject: 'sup-lzh-raise', regionCode: '420702' });
    const signal = `ONE_SIZE_FITS_ALL:2024:${S7}:V1`;
    const input = { signalId: signal, problemCode: 'SIG-1', deadline: '2025-06-30', identifiedOn: '2025-01-10' };
    const raised = await t.request(Raise, { input }, supervisor);
    expect(raised.errors).toBeUndefined();
    expect(raised.data?.createProblemFromSignal).toEqual({
      code: 'SIG-1', regionCode: '420702', agencyCode: S7, domain: 'FOOD_DRUG', category: 'ONE_SIZE_FITS_ALL', source: 'SUPERVISION',
      status: 'IDENTIFIED', identifiedOn: '2025-01-10', deadline: '2025-06-30', sourceSignal: signal, description: expect.stringContaining('一刀切'),
    });
    const again = await t.request(Raise, { input: { ...input, problemCode: 'SIG-2' } }, supervisor);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const elsewhere = await t.request(Raise, { input: { ...input, signalId: `CAMPAIGN:2024:${S1}:3`, problemCode: 'SIG-3' } }, supervisor);
    expect(elsewhere.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const filer = await t.token({ role: 'FILER', subject: 'filer-s7', agencyCode: S7 });
    expect((await t.request(Raise, { input: { ...input, problemCode: 'SIG-4' } }, filer)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // S3's February (10 cases, median 3.5) is no signal; a malformed id names the field.
    expect((await t.request(Raise, { input: { ...input, signalId: 'CAMPAIGN:2024:114207000000001032:2', problemCode: 'SIG-5' } })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const malformed = await t.request(Raise, { input: { ...input, signalId: 'CAMPAIGN:2024', problemCode: 'SIG-6' } });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'signalId' }] });

    const { data } = await t.request(RaisedProblems, {});
    expect(data?.problems.nodes).toEqual([{ code: 'SIG-1', sourceSignal: signal }]);
    expect(data?.auditEvents.nodes.filter((e) => e.entityKey === 'SIG-1')).toEqual([{ action: 'create', actor: 'sup-lzh-raise', entityKey: 'SIG-1' }]);
  });
});
