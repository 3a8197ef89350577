import { beforeAll, expect, test } from 'vitest';
import { SignJWT } from 'jose';
import { describeServers, TEST_AUTH_SECRET } from './helpers/server.ts';
import { agencyCode, DISTRICTS, insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { maskValue } from '../server/auth/mask.ts';
import { createToken, viewerFromAuthorization } from '../server/auth/token.ts';

test('masking keeps enough to tell records apart and nothing that identifies a person', () => {
  expect(maskValue('name', '张三')).toBe('张*');
  expect(maskValue('name', '欧阳娜娜')).toBe('欧***');
  expect(maskValue('idNumber', '420704198001011234')).toBe('4207**********1234');
  expect(maskValue('phone', '13800001234')).toBe('138****1234');
  expect(maskValue('phone', '12345')).toBe('*****');
  expect(maskValue('name', null)).toBeNull();
});

test('tokens: scoped roles need their binding, expiry is enforced, PUBLIC needs none', async () => {
  const secret = new TextEncoder().encode(TEST_AUTH_SECRET);
  const unbound = await new SignJWT({ role: 'SUPERVISOR' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('eqp').setExpirationTime('1h').sign(secret);
  await expect(viewerFromAuthorization(`Bearer ${unbound}`, TEST_AUTH_SECRET)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  const forever = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('eqp').sign(secret);
  await expect(viewerFromAuthorization(`Bearer ${forever}`, TEST_AUTH_SECRET)).rejects.toThrow('token is invalid');
  const expired = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('eqp').setExpirationTime('1s ago').sign(secret);
  await expect(viewerFromAuthorization(`Bearer ${expired}`, TEST_AUTH_SECRET)).rejects.toThrow('token has expired');
  await expect(createToken(TEST_AUTH_SECRET, { role: 'FILER' })).rejects.toThrow('--agency');
  expect(await viewerFromAuthorization(undefined, TEST_AUTH_SECRET)).toMatchObject({ role: 'PUBLIC' });
});

describeServers('access control', (getServer) => {
  const own = agencyCode(1); // in DISTRICTS[1]
  const other = agencyCode(2); // in DISTRICTS[2]
  let filer: string;
  let analyst: string;
  beforeAll(async () => {
    const store = getServer().app.services.store;
    await insertRegions(store);
    await insertAgencies(store, 3);
    await store.query(`update officers set id_number = '420704198001011234', phone = '13800001234'`);
    filer = await getServer().token({ role: 'FILER', agencyCode: own });
    analyst = await getServer().token({ role: 'ANALYST' });
  });

  test('a bad token is a 401 UNAUTHENTICATED, audited; the server keeps serving', async () => {
    const t = getServer();
    const { status, body } = await t.post('{ meta { version } }', {}, 'not-a-token');
    expect(status).toBe(401);
    expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const [row] = await t.app.services.store.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'denied' and entity = 'token'`);
    expect(row.n).toBeGreaterThan(0);
    expect((await t.post('{ meta { version } }')).status).toBe(200);
  });

  test('an analyst sees officers masked and cannot search by a masked field', async () => {
    const t = getServer();
    const { body } = await t.post(`{ officers(first: 1) { totalCount nodes { name idNumber phone } } }`, {}, analyst);
    expect(body.data.officers).toMatchObject({ totalCount: 6, nodes: [{ name: '执*****', idNumber: '4207**********1234', phone: '138****1234' }] });
    const byName = await t.post(`{ officers(filter: { name: { startsWith: "执法员1" } }) { totalCount } }`, {}, analyst);
    expect(byName.body.errors![0].extensions.code).toBe('FORBIDDEN');
    const ordered = await t.post(`{ officers(orderBy: [{ field: NAME, direction: ASC }]) { totalCount } }`, {}, analyst);
    expect(ordered.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  test('a filer sees its own agency through every path, nested fields included', async () => {
    const t = getServer();
    const { body } = await t.post(`{ regions(filter: { code: { in: ["${DISTRICTS[1]}", "${DISTRICTS[2]}"] } }) { nodes { code agencies { code officers { name } filings { quarter } } } } }`, {}, filer);
    const agencies = body.data.regions.nodes.flatMap((r: { agencies: Array<{ code: string }> }) => r.agencies);
    expect(agencies.map((a: { code: string }) => a.code)).toEqual([own]);
    expect(agencies[0].officers).toHaveLength(2);
    expect((await t.post(`{ officer(officerNo: "O2-1") { name } }`, {}, filer)).body.data.officer).toBeNull();
  });

  test('a filer cannot verify (销号) its own problem; a supervisor can', async () => {
    const t = getServer();
    const input = { problemCode: 'AC-1', regionCode: DISTRICTS[1], agencyCode: own, domain: 'FOOD_DRUG', category: 'UNCIVIL', description: '态度粗暴', source: 'COMPLAINT', identifiedOn: '2024-01-01', deadline: '2024-03-01' };
    expect((await t.post(`mutation($input: ProblemInput!) { createProblem(input: $input) { status } }`, { input }, filer)).body.data.createProblem.status).toBe('IDENTIFIED');
    const move = (status: string, token: string) => t.post(`mutation { addProblemStatusEvent(problemCode: "AC-1", status: ${status}, statusOn: "2024-02-01") { status } }`, {}, token);
    expect((await move('RECTIFYING', filer)).body.data.addProblemStatusEvent.status).toBe('RECTIFYING');
    expect((await move('RECTIFIED', filer)).body.data.addProblemStatusEvent.status).toBe('RECTIFIED');
    expect((await move('VERIFIED', filer)).body.errors![0].extensions.code).toBe('FORBIDDEN');
    const supervisor = await t.token({ role: 'SUPERVISOR', regionCode: DISTRICTS[1] });
    expect((await move('VERIFIED', supervisor)).body.data.addProblemStatusEvent.status).toBe('VERIFIED');
  });

  test('a filer cannot move an officer of another agency into its own', async () => {
    const t = getServer();
    const result = await t.post(`mutation { upsertOfficer(input: { officerNo: "O2-1", name: "执法员2-1", agencyCode: "${own}" }) { officerNo } }`, {}, filer);
    expect(result.body.errors![0].extensions.code).toBe('FORBIDDEN');
    const [row] = await t.app.services.store.query<{ agency_code: string }>(`select agency_code from officers where officer_no = 'O2-1'`);
    expect(row.agency_code).toBe(other);
  });

  test('`eqp query --token` runs through the same checks as HTTP', async () => {
    const { app } = getServer();
    const viewer = await viewerFromAuthorization(`Bearer ${filer}`, TEST_AUTH_SECRET);
    const read = await app.execute(`{ agencies { totalCount } }`, undefined, viewer);
    expect(read.data.agencies.totalCount).toBe(1);
    const accept = await app.execute(`mutation { acceptFiling(agencyCode: "${own}", year: 2023, quarter: 2) { status } }`, undefined, viewer);
    expect(accept.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('evaluation schemes: ADMIN sets them (validated, audited), everyone reads them', async () => {
    const t = getServer();
    const set = (q: number) => t.post(`mutation { setEvaluationScheme(year: 2024, quality: ${q}, supervision: 0.3, satisfaction: 0.3, note: "2024方案") { year quality isDefault } }`);
    expect((await set(0.5)).body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'quality' }] });
    expect((await set(0.4)).body.data.setEvaluationScheme).toEqual({ year: 2024, quality: 0.4, isDefault: false });
    const read = await t.post(`{ evaluationScheme(year: 2024) { supervision timeliness isDefault } }`, {}, null);
    expect(read.body.data.evaluationScheme).toEqual({ supervision: 0.3, timeliness: 0.2, isDefault: false });
    const [trail] = await t.app.services.store.query<{ n: number }>(`select count(*)::int as n from audit_events where entity = 'evaluationScheme' and entity_key = '2024'`);
    expect(trail.n).toBe(1);
  });
});
