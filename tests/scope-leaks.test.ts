import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, afterAll, expect, test } from 'vitest';
import { describeServers } from './helpers/server.ts';
import { agencyCode, DISTRICTS, insertAgencies, insertRegions, CITY } from './helpers/fixtures.ts';
import { tempDir } from './helpers/warehouse.ts';
import { problemEvents, problems } from '../server/db/tables/index.ts';
import { denialAudits } from '../server/auth/denial.ts';
import { runImport } from '../etl/import/run-import.ts';

// insertAgencies: agency n lies in DISTRICTS[n % 3]; the FILER is agency 1 (420703), the other side agency 2 (420704).
const MINE = agencyCode(1);
const THEIRS = agencyCode(2);

const answer = (body: { errors?: Array<{ message: string; extensions: { code: string } }> }) =>
  body.errors ? `${body.errors[0].extensions.code}: ${body.errors[0].message}` : 'ok';

describeServers('scope leaks and audit bounds', (getServer) => {
  let filer: string;
  const dir = tempDir('scope');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const { store } = getServer().app.services;
    await insertRegions(store);
    await insertAgencies(store, 3);
    const problem = (code: string, agency: string, region: string, status: 'IDENTIFIED' | 'RECTIFIED') => ({
      code, regionCode: region, agencyCode: agency, domain: 'FOOD_DRUG' as const, category: 'MECHANICAL' as const,
      description: '机械执法', source: 'SPOT_CHECK' as const, identifiedOn: '2023-06-01', deadline: '2023-12-31', status,
    });
    await store.db.insert(problems).values([problem('THEIRS-NEW', THEIRS, DISTRICTS[2], 'IDENTIFIED'), problem('THEIRS-DONE', THEIRS, DISTRICTS[2], 'RECTIFIED')]);
    await store.db.insert(problemEvents).values([
      { problemCode: 'THEIRS-NEW', seq: 1, status: 'IDENTIFIED', statusOn: '2023-06-01' },
      { problemCode: 'THEIRS-DONE', seq: 1, status: 'IDENTIFIED', statusOn: '2023-06-01' },
      { problemCode: 'THEIRS-DONE', seq: 2, status: 'RECTIFIED', statusOn: '2023-09-01' },
    ]);
    filer = await getServer().token({ role: 'FILER', agencyCode: MINE });
  });

  const deniedCount = async () => {
    const { store } = getServer().app.services;
    await denialAudits(store).flush();
    const [row] = await store.query<{ n: number }>(`select coalesce(sum((after->>'count')::int), 0)::int as n from audit_events where action = 'denied'`);
    return row.n;
  };

  test('an out-of-scope filing move answers the same whether the filing is ACCEPTED, a DRAFT or missing, and is audited', async () => {
    const t = getServer();
    const before = await deniedCount();
    const submit = (agency: string, quarter: number) =>
      t.post(`mutation($a: String!, $q: Int!) { submitFiling(agencyCode: $a, year: 2023, quarter: $q) { status } }`, { a: agency, q: quarter }, filer);
    const answers = await Promise.all([1, 2, 3].map(async (q) => answer((await submit(THEIRS, q)).body)));
    expect(new Set(answers).size, answers.join('\n')).toBe(1);
    expect(answers[0]).toMatch(/^FORBIDDEN: /);
    // A draft whose agency does not exist at all answers the same as one of an agency out of scope.
    const draft = (agency: string) => t.post(`mutation($a: String!) { createOrUpdateFilingDraft(input: { agencyCode: $a, year: 2023, quarter: 3, itemsTotal: 1, itemsExercised: 1 }) { status } }`, { a: agency }, filer);
    expect(answer((await draft(agencyCode(999))).body)).toBe(answers[0]);
    expect(answer((await draft(THEIRS)).body)).toBe(answers[0]);
    expect(await deniedCount() - before).toBe(5);
    expect(answer((await submit(MINE, 2)).body)).toBe('ok');
  });

  test('an out-of-scope problem event answers the same for a missing problem, one whose move is illegal and one whose date is too early', async () => {
    const t = getServer();
    const before = await deniedCount();
    const move = (code: string, status: string, on: string) =>
      t.post(`mutation($c: String!, $s: ProblemStatus!, $d: Date!) { addProblemStatusEvent(problemCode: $c, status: $s, statusOn: $d) { status } }`, { c: code, s: status, d: on }, filer);
    const answers = [
      answer((await move('NO-SUCH-PROBLEM', 'RECTIFYING', '2023-07-01')).body),
      answer((await move('THEIRS-NEW', 'VERIFIED', '2023-07-01')).body), // IDENTIFIED → VERIFIED: illegal
      answer((await move('THEIRS-DONE', 'VERIFIED', '2023-01-01')).body), // before the previous event
      answer((await move('THEIRS-NEW', 'RECTIFYING', '2023-07-01')).body), // legal, but not theirs to make
    ];
    expect(new Set(answers).size, answers.join('\n')).toBe(1);
    expect(answers[0]).toMatch(/^FORBIDDEN: /);
    const created = await t.post(`mutation { createProblem(input: { problemCode: "THEIRS-NEW", regionCode: "${DISTRICTS[1]}", agencyCode: "${MINE}", domain: FOOD_DRUG, category: MECHANICAL, description: "x", source: SURVEY, identifiedOn: "2023-06-01", deadline: "2023-12-31" }) { code } }`, {}, filer);
    expect(answer(created.body)).toBe(answers[0]);
    expect(await deniedCount() - before).toBe(5);
    // ADMIN still learns what is wrong.
    expect(answer((await t.post(`mutation { addProblemStatusEvent(problemCode: "NO-SUCH-PROBLEM", status: RECTIFYING, statusOn: "2023-07-01") { status } }`)).body)).toMatch(/^NOT_FOUND/);
  });

  test("a problem's region must contain its agency, through the mutation and the import", async () => {
    const t = getServer();
    const create = (code: string, region: string, token?: string) => t.post(`mutation($c: String!, $r: String!, $a: String) { createProblem(input: { problemCode: $c, regionCode: $r, agencyCode: $a, domain: FOOD_DRUG, category: MECHANICAL, description: "x", source: SURVEY, identifiedOn: "2023-06-01", deadline: "2023-12-31" }) { code region { code } } }`, { c: code, r: region, a: MINE }, token);
    const elsewhere = await create('P-ELSEWHERE', DISTRICTS[2], filer);
    expect(elsewhere.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(elsewhere.body.errors?.[0].extensions)).toMatch(/regionCode/);
    expect(answer((await create('P-ADMIN-ELSEWHERE', DISTRICTS[0])).body)).toMatch(/^BAD_USER_INPUT/);
    expect((await create('P-OWN', DISTRICTS[1], filer)).body.data?.createProblem.region.code).toBe(DISTRICTS[1]);
    expect((await create('P-CITY', CITY)).body.data?.createProblem.region.code).toBe(CITY); // the city contains every agency

    const file = path.join(dir, 'problems.csv');
    fs.writeFileSync(file, [
      'problemCode,status,statusOn,regionCode,agencyCode,domain,category,description,source,identifiedOn,deadline',
      `IMP-OK,IDENTIFIED,2023-01-10,${DISTRICTS[1]},${MINE},FOOD_DRUG,MECHANICAL,ok,SURVEY,2023-01-10,2023-06-30`,
      `IMP-BAD,IDENTIFIED,2023-01-10,${DISTRICTS[2]},${MINE},FOOD_DRUG,MECHANICAL,bad,SURVEY,2023-01-10,2023-06-30`,
    ].join('\n'));
    const report = await runImport(t.app.services.store, [file], { rejectsDir: path.join(dir, 'rejects'), actor: 'test' });
    expect(report.files[0]).toMatchObject({ inserted: 1, rejected: 1 });
    expect(report.files[0].rejects[0]).toMatchObject({ row: 2, field: 'regionCode' });
    expect(report.files[0].rejects[0].reason).toMatch(/does not contain agency/);
  });

  test('a flood of bad tokens writes a bounded number of audit events whose counts add up', async () => {
    const t = getServer();
    const { store } = t.app.services;
    await denialAudits(store).flush();
    const tokenEvents = async () => (await store.query<{ n: number; total: number }>(
      `select count(*)::int as n, coalesce(sum((after->>'count')::int), 0)::int as total from audit_events where action = 'denied' and entity = 'token'`))[0];
    const before = await tokenEvents();
    const answers = await Promise.all(Array.from({ length: 60 }, () => t.post('{ meta { version } }', {}, 'not-a-token')));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([401]));
    const during = await tokenEvents();
    expect(during.n - before.n).toBe(1);
    await denialAudits(store).flush();
    const after = await tokenEvents();
    expect(after.n - before.n).toBe(2);
    expect(after.total - before.total).toBe(60);
  });
});
