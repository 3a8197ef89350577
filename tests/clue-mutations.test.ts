import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, DISTRICTS, insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { complaints } from '../server/db/tables/index.ts';

const Create = graphql(`
  mutation CreateClue($input: ClueInput!) { createClue(input: $input) { clueCode agencyCode source complaintNo step } }
`);
const Advance = graphql(`
  mutation AdvanceClue($clueCode: String!, $step: ClueStep!, $stepOn: Date!, $receivingOrgan: String, $documentNo: String, $outcome: String) {
    advanceClue(clueCode: $clueCode, step: $step, stepOn: $stepOn, receivingOrgan: $receivingOrgan, documentNo: $documentNo, outcome: $outcome) {
      step steps { step stepOn receivingOrgan documentNo outcome }
    }
  }
`);
const Clues = graphql(`query Clues { clues(filter: { step: { in: [TRANSFERRED, FEEDBACK] } }) { totalCount nodes { clueCode agency { code } } } }`);
const Trail = graphql(`query ClueTrail { auditEvents(filter: { entity: { eq: "clue" } }) { nodes { action entityKey } } }`);

describeServers('clue mutations', (getServer) => {
  beforeAll(async () => {
    const store = getServer().app.services.store;
    await insertRegions(store);
    await insertAgencies(store, 2);
    await store.db.insert(complaints).values({ complaintNo: 'TS-1', channel: 'LETTER', receivedAt: new Date('2023-02-01T01:00:00Z'), agencyCode: agencyCode(1), category: '乱罚款' });
  });

  test('a clue from a complaint takes its agency and goes through every step in order, audited', async () => {
    const t = getServer();
    const created = await t.request(Create, { input: { clueCode: 'XS-1', source: 'COMPLAINT', complaintNo: 'TS-1', summary: '涉嫌违规罚没', registeredOn: '2023-03-01' } });
    expect(created.data?.createClue).toEqual({ clueCode: 'XS-1', agencyCode: agencyCode(1), source: 'COMPLAINT', complaintNo: 'TS-1', step: 'REGISTERED' });
    await t.request(Advance, { clueCode: 'XS-1', step: 'INVESTIGATING', stepOn: '2023-03-02' });
    await t.request(Advance, { clueCode: 'XS-1', step: 'COLLECTIVE_REVIEW', stepOn: '2023-03-02' });
    const transferred = await t.request(Advance, { clueCode: 'XS-1', step: 'TRANSFERRED', stepOn: '2023-03-20', receivingOrgan: '区纪委监委', documentNo: '移〔2023〕3号' });
    expect(transferred.data?.advanceClue.steps.map((s) => `${s.step}@${s.stepOn}`)).toEqual([
      'REGISTERED@2023-03-01', 'INVESTIGATING@2023-03-02', 'COLLECTIVE_REVIEW@2023-03-02', 'TRANSFERRED@2023-03-20',
    ]);
    expect(transferred.data?.advanceClue.steps[3]).toMatchObject({ receivingOrgan: '区纪委监委', documentNo: '移〔2023〕3号', outcome: null });
    expect((await t.request(Clues, {})).data?.clues).toEqual({ totalCount: 1, nodes: [{ clueCode: 'XS-1', agency: { code: agencyCode(1) } }] });
    expect((await t.request(Trail, {})).data?.auditEvents.nodes.map((e) => e.action).sort()).toEqual(['advance', 'advance', 'advance', 'create']);
  });

  test('a skipped step is a CONFLICT; an earlier date and missing step details are BAD_USER_INPUT naming the field', async () => {
    const t = getServer();
    await t.request(Create, { input: { clueCode: 'XS-2', source: 'SUPERVISION', agencyCode: agencyCode(2), summary: '监督发现', registeredOn: '2023-05-01' } });
    const skipped = await t.request(Advance, { clueCode: 'XS-2', step: 'COLLECTIVE_REVIEW', stepOn: '2023-05-02' });
    expect(skipped.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('its next step is INVESTIGATING') });
    const early = await t.request(Advance, { clueCode: 'XS-2', step: 'INVESTIGATING', stepOn: '2023-04-30' });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'stepOn' }] });
    const noDetails = await t.request(Advance, { clueCode: 'XS-1', step: 'FEEDBACK', stepOn: '2023-04-01' });
    expect(noDetails.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'outcome' }] });
    const noSource = await t.request(Create, { input: { clueCode: 'XS-3', source: 'PROBLEM', summary: 'x', registeredOn: '2023-05-01' } });
    expect(noSource.errors?.[0].extensions.problems.map((p: { field: string }) => p.field).sort()).toEqual(['agencyCode', 'problemCode']);
  });

  test('a supervisor moves only the clues of its region; a filer none', async () => {
    const t = getServer();
    const outside = await t.token({ role: 'SUPERVISOR', regionCode: DISTRICTS[1] });
    const denied = await t.request(Advance, { clueCode: 'XS-2', step: 'INVESTIGATING', stepOn: '2023-05-03' }, outside);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const inside = await t.token({ role: 'SUPERVISOR', regionCode: DISTRICTS[2] });
    expect((await t.request(Advance, { clueCode: 'XS-2', step: 'INVESTIGATING', stepOn: '2023-05-03' }, inside)).data?.advanceClue.step).toBe('INVESTIGATING');
    const filer = await t.token({ role: 'FILER', agencyCode: agencyCode(2) });
    expect((await t.request(Advance, { clueCode: 'XS-2', step: 'COLLECTIVE_REVIEW', stepOn: '2023-05-04' }, filer)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
