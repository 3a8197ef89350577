import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, DISTRICTS, insertAgencies, insertRegions } from './helpers/fixtures.ts';

const RecordTask = graphql(`mutation RecordTask($input: TaskInput!) { recordTask(input: $input) { taskCode phase deadline } }`);
const Submit = graphql(`
  mutation SubmitReport($input: ProgressReportInput!) { submitProgressReport(input: $input) { unitCode progress status task { title } } }
`);
const Reports = graphql(`
  query Reports($filter: ProgressReportFilter) { progressReports(filter: $filter, orderBy: [{ field: UNIT_CODE, direction: ASC }]) { totalCount nodes { unitCode progress } } }
`);

const report = { taskCode: 'T-1', year: 2024, half: 1, progress: 40, status: 'IN_PROGRESS' as const };

describeServers('task and progress report mutations', (getServer) => {
  beforeAll(async () => {
    await insertRegions(getServer().app.services.store);
    await insertAgencies(getServer().app.services.store, 2);
  });

  test('the office records tasks; units submit and resubmit reports, which replace each other', async () => {
    const t = getServer();
    const task = await t.request(RecordTask, { input: { taskCode: 'T-1', title: '推行三项制度', phase: 'CAPABILITY', deadline: '2022-12-31' } });
    expect(task.data?.recordTask).toEqual({ taskCode: 'T-1', phase: 'CAPABILITY', deadline: '2022-12-31' });
    await t.request(Submit, { input: { ...report, unitCode: DISTRICTS[0] } });
    await t.request(Submit, { input: { ...report, unitCode: agencyCode(1) } });
    const again = await t.request(Submit, { input: { ...report, unitCode: agencyCode(1), progress: 100, status: 'DONE' } });
    expect(again.data?.submitProgressReport).toEqual({ unitCode: agencyCode(1), progress: 100, status: 'DONE', task: { title: '推行三项制度' } });
    const all = (await t.request(Reports, {})).data?.progressReports;
    expect(all?.totalCount).toBe(2);
    expect(all?.nodes.find((n) => n.unitCode === agencyCode(1))?.progress).toBe(100);
  });

  test('bad fields are BAD_USER_INPUT, each named; scoped roles report and read only for their own units', async () => {
    const t = getServer();
    const bad = await t.request(Submit, { input: { ...report, unitCode: '999999', taskCode: 'T-9', half: 3, progress: 101 } });
    expect(bad.errors?.[0].extensions.problems.map((p: { field: string }) => p.field).sort()).toEqual(['half', 'progress', 'taskCode', 'unitCode']);
    const filer = await t.token({ role: 'FILER', agencyCode: agencyCode(2) });
    expect((await t.request(Submit, { input: { ...report, unitCode: agencyCode(1) } }, filer)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.request(Submit, { input: { ...report, unitCode: agencyCode(2) } }, filer)).data?.submitProgressReport.progress).toBe(40);
    expect((await t.request(Reports, {}, filer)).data?.progressReports.nodes).toEqual([{ unitCode: agencyCode(2), progress: 40 }]);
    const supervisor = await t.token({ role: 'SUPERVISOR', regionCode: DISTRICTS[1] });
    expect((await t.request(Reports, {}, supervisor)).data?.progressReports.nodes).toEqual([{ unitCode: agencyCode(1), progress: 100 }]);
    expect((await t.request(RecordTask, { input: { taskCode: 'T-2', title: 'x', phase: 'CAMPAIGN' } }, supervisor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
