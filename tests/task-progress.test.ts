import { expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { describeWithCity } from './helpers/warehouse.ts';
import type { TaskProgressQueryVariables } from './__generated__/graphql.ts';

// Worked out by hand from tests/fixtures/warnings/{regions,agencies,tasks,progress-reports}.csv
// (see the README there) and the two submissions of the load step: A1 reports T1 for 2024 H1
// on 10 July (70 %), then resubmits on 20 July (80 %, five days after the 15 July due date),
// which replaces the first. Both tasks lead by 420700, a region code: T1 (CAPABILITY) expects
// it from 2022, T2 (CAMPAIGN) from 2023.
const A1 = '11420700MB0000001B'; // 市直
const A2 = '11420702MB0000002B'; // 梁子湖区
const A4 = '11420704MB0000004E'; // 鄂城区
const A3 = '11420704MB0000005H'; // 凤凰街道 in 鄂城区, domain URBAN_MANAGEMENT

const TaskProgress = graphql(`
  query TaskProgress($year: Int!, $half: Int!, $scope: Scope, $phases: [TaskPhase!]) {
    taskProgress(year: $year, half: $half, scope: $scope, phases: $phases) {
      taskCode phase leadUnit unitsExpected unitsReported unitsDone unitsDoneEarlier meanProgress notReported
      units { unitCode reported status progress late }
    }
  }
`);
const Submit = graphql(`mutation ProgressResubmit($input: ProgressReportInput!) { submitProgressReport(input: $input) { progress } }`);

const missing = (unitCode: string) => ({ unitCode, reported: false, status: null, progress: null, late: null });
const done = (unitCode: string, progress: number, status: string, late = false) => ({ unitCode, reported: true, status, progress, late });
const row = (taskCode: string, phase: string, counts: [number, number, number, number], meanProgress: number | null, notReported: string[], units: object[]) => {
  const [unitsExpected, unitsReported, unitsDone, unitsDoneEarlier] = counts;
  return { taskCode, phase, leadUnit: '420700', unitsExpected, unitsReported, unitsDone, unitsDoneEarlier, meanProgress, notReported, units };
};
const empty = (taskCode: string, phase: string) => row(taskCode, phase, [0, 0, 0, 0], null, [], []);

// 2024 H1: T1 — A1 (resubmitted 80, late), A2 (DONE 100 on 12 July), 420700 (lead, never reported);
// A4's only report is of 2024 H2, later. T2 — A3 (NOT_STARTED in 2022 H1, silent since), 420700
// (lead), 华容区 420703 reporting for itself (BLOCKED 10 on 14 July).
const T1_2024H1 = row('T1', 'CAPABILITY', [3, 2, 1, 0], (80 + 100) / 2, ['420700'], [done(A1, 80, 'IN_PROGRESS', true), done(A2, 100, 'DONE'), missing('420700')]);
const T2_2024H1 = row('T2', 'CAMPAIGN', [3, 1, 0, 0], 10, [A3, '420700'], [missing(A3), missing('420700'), done('420703', 10, 'BLOCKED')]);

describeWithCity('task progress', async (city) => {
  const report = await city.importFiles(['warnings/regions.csv', 'warnings/agencies.csv', 'warnings/tasks.csv', 'warnings/progress-reports.csv']);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  const input = { taskCode: 'T1', unitCode: A1, year: 2024, half: 1, status: 'IN_PROGRESS' as const };
  for (const [progress, submittedAt] of [[70, '2024-07-10T09:00:00+08:00'], [80, '2024-07-20T09:00:00+08:00']] as const) {
    expect((await city.server.request(Submit, { input: { ...input, progress, submittedAt } })).data?.submitProgressReport.progress).toBe(progress);
  }
}, (city) => {
  const progress = async (variables: TaskProgressQueryVariables, token?: string | null) => {
    const response = await city().server.request(TaskProgress, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!.taskProgress;
  };

  test('2024 H1: a resubmission replaces, a late report is flagged, the lead unit and silent units are not reported', async () => {
    expect(await progress({ year: 2024, half: 1 })).toEqual([T1_2024H1, T2_2024H1]);
  });

  test('2024 H2: a unit DONE earlier owes nothing; a unit that reported only now counts', async () => {
    // T1: A2 was DONE in 2024 H1; A1 (latest 2024 H1, IN_PROGRESS) and 420700 are missing; A4 reported 50 on 5 January.
    // T2: A3, 420700 and 420703 (latest BLOCKED) are all missing.
    expect(await progress({ year: 2024, half: 2 })).toEqual([
      row('T1', 'CAPABILITY', [3, 1, 0, 1], 50, [A1, '420700'], [missing(A1), done(A4, 50, 'IN_PROGRESS'), missing('420700')]),
      row('T2', 'CAMPAIGN', [3, 0, 0, 0], null, [A3, '420700', '420703'], [missing(A3), missing('420700'), missing('420703')]),
    ]);
  });

  test('2022 H1 of the CAMPAIGN phase: the lead unit is not yet expected; a NOT_STARTED report is a report', async () => {
    expect(await progress({ year: 2022, half: 1, phases: ['CAMPAIGN'] })).toEqual([
      row('T2', 'CAMPAIGN', [1, 1, 0, 0], 0, [], [done(A3, 0, 'NOT_STARTED')]),
    ]);
  });

  test('row scope: a SUPERVISOR its region\'s units (lead units too), a FILER its own agency; scope by agency', async () => {
    const t = city().server;
    const ec = await t.token({ role: 'SUPERVISOR', subject: 'sup-ec-tp', regionCode: '420704' });
    expect(await progress({ year: 2024, half: 1 }, ec)).toEqual([empty('T1', 'CAPABILITY'), row('T2', 'CAMPAIGN', [1, 0, 0, 0], null, [A3], [missing(A3)])]);
    const hr = await t.token({ role: 'SUPERVISOR', subject: 'sup-hr-tp', regionCode: '420703' });
    expect(await progress({ year: 2024, half: 1 }, hr)).toEqual([empty('T1', 'CAPABILITY'), row('T2', 'CAMPAIGN', [1, 1, 0, 0], 10, [], [done('420703', 10, 'BLOCKED')])]);
    const city420700 = await t.token({ role: 'SUPERVISOR', subject: 'sup-city-tp', regionCode: '420700' });
    expect(await progress({ year: 2024, half: 1 }, city420700)).toEqual([T1_2024H1, T2_2024H1]);
    const filer = await t.token({ role: 'FILER', subject: 'filer-a1-tp', agencyCode: A1 });
    expect(await progress({ year: 2024, half: 1 }, filer)).toEqual([row('T1', 'CAPABILITY', [1, 1, 0, 0], 80, [], [done(A1, 80, 'IN_PROGRESS', true)]), empty('T2', 'CAMPAIGN')]);
    expect(await progress({ year: 2024, half: 1, scope: { agencyCodes: [A2] } })).toEqual([row('T1', 'CAPABILITY', [1, 1, 1, 0], 100, [], [done(A2, 100, 'DONE')]), empty('T2', 'CAMPAIGN')]);
    expect(await progress({ year: 2024, half: 1, scope: { domainCodes: ['URBAN_MANAGEMENT'] } })).toEqual([empty('T1', 'CAPABILITY'), row('T2', 'CAMPAIGN', [1, 0, 0, 0], null, [A3], [missing(A3)])]);
    const anonymous = await t.request(TaskProgress, { year: 2024, half: 1 }, null);
    expect(anonymous.errors?.[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  test('a half-year other than 1 or 2 and a scope with years are refused, naming the field', async () => {
    const t = city().server;
    const bad = await t.request(TaskProgress, { year: 2024, half: 3 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'half' }] });
    const years = await t.request(TaskProgress, { year: 2024, half: 1, scope: { years: [2024] } });
    expect(years.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'scope.years' }] });
  });
});
