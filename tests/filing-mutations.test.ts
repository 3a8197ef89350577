import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, insertAgencies, insertRegions } from './helpers/fixtures.ts';

const SaveDraft = graphql(`
  mutation SaveDraft($input: FilingInput!) {
    createOrUpdateFilingDraft(input: $input) { status itemsTotal itemsExercised penaltyCount finesTotalYuan }
  }
`);
const Submit = graphql(`mutation Submit($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status submittedAt onTime } }`);
const Accept = graphql(`mutation Accept($agencyCode: String!, $year: Int!, $quarter: Int!) { acceptFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status reviewedBy } }`);
const Return = graphql(`mutation Return($agencyCode: String!, $year: Int!, $quarter: Int!, $reason: String!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: $reason) { status returnReason } }`);
const FilingTrail = graphql(`
  query FilingTrail($entityKey: String!) {
    auditEvents(filter: { entity: { eq: "filing" }, entityKey: { eq: $entityKey } }) { totalCount nodes { action actor before after } }
  }
`);

describeServers('filing mutations', (getServer) => {
  const agency = agencyCode(1);
  const key = { agencyCode: agency, year: 2024, quarter: 1 };
  beforeAll(async () => {
    await insertRegions(getServer().app.services.store);
    await insertAgencies(getServer().app.services.store, 1);
  });

  test('draft → submit → return → corrected resubmission replaces the figures in place → accept, each step audited', async () => {
    const t = getServer();
    const draft = await t.request(SaveDraft, { input: { ...key, itemsTotal: 10, itemsExercised: 4, finesTotalYuan: '1200.50' } });
    expect(draft.data?.createOrUpdateFilingDraft).toMatchObject({ status: 'DRAFT', itemsExercised: 4, penaltyCount: 0, finesTotalYuan: 1200.5 });
    expect((await t.request(Submit, key)).data?.submitFiling.status).toBe('SUBMITTED');
    expect((await t.request(Return, { ...key, reason: '罚没金额有误' })).data?.returnFiling).toEqual({ status: 'RETURNED', returnReason: '罚没金额有误' });
    const corrected = await t.request(SaveDraft, { input: { ...key, itemsTotal: 10, itemsExercised: 6, penaltyCount: 3 } });
    expect(corrected.data?.createOrUpdateFilingDraft).toMatchObject({ status: 'RETURNED', itemsExercised: 6, penaltyCount: 3, finesTotalYuan: 0 });
    const resubmitted = await t.request(Submit, key);
    expect(resubmitted.data?.submitFiling).toMatchObject({ status: 'SUBMITTED', onTime: false });
    expect((await t.request(Accept, key)).data?.acceptFiling.status).toBe('ACCEPTED');

    const rows = await t.app.services.store.query<{ n: number }>(`select count(*)::int as n from filings where agency_code = $1 and year = 2024`, [agency]);
    expect(rows[0].n).toBe(1);
    const trail = await t.request(FilingTrail, { entityKey: `${agency}/2024/Q1` });
    expect(trail.data?.auditEvents.nodes.map((e) => e.action)).toEqual(['accept', 'submit', 'update', 'return', 'submit', 'create']);
    expect(trail.data?.auditEvents.nodes[0]).toMatchObject({ actor: 'test-admin', before: { status: 'SUBMITTED' }, after: { status: 'ACCEPTED' } });
  });

  test('an illegal lifecycle step is a CONFLICT and leaves no trace', async () => {
    const t = getServer();
    const before = (await t.request(FilingTrail, { entityKey: `${agency}/2024/Q1` })).data?.auditEvents.totalCount;
    const again = await t.request(Accept, key);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const edit = await t.request(SaveDraft, { input: { ...key, itemsTotal: 1 } });
    expect(edit.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.request(FilingTrail, { entityKey: `${agency}/2024/Q1` })).data?.auditEvents.totalCount).toBe(before);
  });

  test('an unknown filing is NOT_FOUND', async () => {
    const missing = await getServer().request(Submit, { ...key, quarter: 3 });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'filing' });
  });

  test('bad input is refused with every bad field listed', async () => {
    const input = { agencyCode: '91420700MA4900000X', year: 1999, quarter: 5, penaltyCount: -1, itemsTotal: 3, itemsExercised: 4, finesTotalYuan: '12.345' };
    const result = await getServer().request(SaveDraft, { input });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0].extensions.problems.map((p: { field: string }) => p.field).sort();
    expect(fields).toEqual(['agencyCode', 'finesTotalYuan', 'penaltyCount', 'quarter', 'year']);
    const exercised = await getServer().request(SaveDraft, { input: { ...key, quarter: 2, agencyCode: agencyCode(999), itemsTotal: 3, itemsExercised: 4 } });
    expect(exercised.errors?.[0].extensions.problems).toEqual([
      { field: 'itemsExercised', reason: expect.stringContaining('must not exceed itemsTotal') },
      { field: 'agencyCode', reason: `unknown agency ${agencyCode(999)}` },
    ]);
  });

  test('returning needs a reason', async () => {
    const result = await getServer().request(Return, { ...key, reason: '  ' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'reason' }] });
  });
});
