import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, DISTRICTS, insertAgencies, insertRegions } from './helpers/fixtures.ts';

const Create = graphql(`
  mutation CreateProblem($input: ProblemInput!) { createProblem(input: $input) { code status region { code } agency { code } } }
`);
const AddEvent = graphql(`
  mutation AddEvent($problemCode: String!, $status: ProblemStatus!, $statusOn: Date!, $note: String) {
    addProblemStatusEvent(problemCode: $problemCode, status: $status, statusOn: $statusOn, note: $note) {
      status events { seq status statusOn note }
    }
  }
`);
const OpenProblems = graphql(`
  query OpenProblems { problems(filter: { status: { notIn: [RECTIFIED, VERIFIED] } }) { totalCount nodes { code } } }
`);

const problem = {
  problemCode: 'P-001', regionCode: DISTRICTS[1], agencyCode: agencyCode(1), domain: 'FOOD_DRUG' as const,
  category: 'ONE_SIZE_FITS_ALL' as const, description: '餐饮门店一律停业整顿', source: 'ENTERPRISE_FORUM' as const,
  identifiedOn: '2023-03-01', deadline: '2023-06-30',
};

describeServers('problem mutations', (getServer) => {
  beforeAll(async () => {
    await insertRegions(getServer().app.services.store);
    await insertAgencies(getServer().app.services.store, 1);
  });

  test('a new problem starts IDENTIFIED and follows the allowed transitions, including a reopening', async () => {
    const t = getServer();
    const created = await t.request(Create, { input: problem });
    expect(created.data?.createProblem).toEqual({ code: 'P-001', status: 'IDENTIFIED', region: { code: DISTRICTS[1] }, agency: { code: agencyCode(1) } });
    const steps = [['RECTIFYING', '2023-03-05'], ['RECTIFIED', '2023-05-20'], ['REOPENED', '2023-07-01'], ['RECTIFIED', '2023-07-15'], ['VERIFIED', '2023-08-01']] as const;
    let last;
    for (const [status, statusOn] of steps) last = await t.request(AddEvent, { problemCode: 'P-001', status, statusOn, note: status });
    expect(last?.data?.addProblemStatusEvent.status).toBe('VERIFIED');
    expect(last?.data?.addProblemStatusEvent.events.map((e) => [e.seq, e.status])).toEqual([
      [1, 'IDENTIFIED'], [2, 'RECTIFYING'], [3, 'RECTIFIED'], [4, 'REOPENED'], [5, 'RECTIFIED'], [6, 'VERIFIED'],
    ]);
    expect((await t.request(OpenProblems, {})).data?.problems.totalCount).toBe(0);
  });

  test('a transition the status machine does not allow is a CONFLICT', async () => {
    const t = getServer();
    await t.request(Create, { input: { ...problem, problemCode: 'P-002' } });
    const skip = await t.request(AddEvent, { problemCode: 'P-002', status: 'VERIFIED', statusOn: '2023-04-01' });
    expect(skip.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('allowed next: RECTIFYING') });
    const duplicate = await t.request(Create, { input: { ...problem, problemCode: 'P-002' } });
    expect(duplicate.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.request(OpenProblems, {})).data?.problems.nodes).toEqual([{ code: 'P-002' }]);
  });

  test('unknown problems are NOT_FOUND; events out of date order and bad details are BAD_USER_INPUT', async () => {
    const t = getServer();
    const missing = await t.request(AddEvent, { problemCode: 'P-404', status: 'RECTIFYING', statusOn: '2023-04-01' });
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const early = await t.request(AddEvent, { problemCode: 'P-002', status: 'RECTIFYING', statusOn: '2023-02-01' });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'statusOn' }] });
    const bad = await t.request(Create, { input: { ...problem, problemCode: 'P-003', regionCode: '999999', deadline: '2023-01-01' } });
    expect(bad.errors?.[0].extensions.problems.map((p: { field: string }) => p.field).sort()).toEqual(['deadline', 'regionCode']);
  });

  test('a date that does not exist is refused before it reaches the store', async () => {
    const result = await getServer().request(AddEvent, { problemCode: 'P-002', status: 'RECTIFYING', statusOn: '2023-02-30' });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
