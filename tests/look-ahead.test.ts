import { parse } from 'graphql';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAppSchema } from '../schema/build.ts';
import { selectedFields } from '../server/http/selection.ts';
import { projector } from '../server/db/queries/projection.ts';
import { filings, problems } from '../server/db/tables/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, DISTRICTS, insertAgencies, insertRegions, insertStandardsAndCases } from './helpers/fixtures.ts';

describe('look-ahead: what an operation selects', () => {
  test('fields per type, through aliases, fragments and nesting; introspection fields left out', async () => {
    const document = parse(`
      query { agencies(first: 2) { __typename nodes { code alias: name region { code } ...F } } }
      fragment F on Agency { filings { ... on Filing { onTime } } }
    `);
    const selected = selectedFields(await buildAppSchema(), document);
    expect(Object.fromEntries([...selected].map(([type, fields]) => [type, [...fields].sort()]))).toEqual({
      Query: ['agencies'],
      AgencyConnection: ['nodes'],
      Agency: ['code', 'filings', 'name', 'region'],
      Region: ['code'],
      Filing: ['onTime'],
    });
    expect(selectedFields(await buildAppSchema(), document)).toBe(selected);
  });

  test('columns read: the selected ones, what derived fields need, the key and the foreign keys', () => {
    const project = projector<typeof filings.$inferSelect>(filings, {
      always: [filings.agencyCode, filings.year, filings.quarter],
      derived: { onTime: { from: ['year', 'quarter', 'submittedAt'], value: () => null } },
      resolvedFrom: {},
    });
    const narrow = project(new Set(['status', 'onTime', 'agency']));
    expect(Object.keys(narrow.columns!).sort()).toEqual(['agencyCode', 'quarter', 'status', 'submittedAt', 'year']);
    expect(narrow.derived.map(([field]) => field)).toEqual(['onTime']);
    expect(project(undefined).columns).toBeUndefined();
  });
});

describeServers('look-ahead reads', (getServer) => {
  beforeAll(async () => {
    const store = getServer().app.services.store;
    await insertRegions(store);
    await insertAgencies(store, 3);
    await insertStandardsAndCases(store, agencyCode(1));
    // A problem of district 1 laid at agency 2, which sits in district 2.
    await store.db.insert(problems).values({
      code: 'P-CROSS', regionCode: DISTRICTS[1], agencyCode: agencyCode(2), domain: 'FOOD_DRUG', category: 'OTHER',
      description: '跨区', source: 'SURVEY', identifiedOn: '2023-03-01', deadline: '2023-09-30', status: 'IDENTIFIED',
    });
  });

  test('a record and the one it references come in one statement', async () => {
    const store = getServer().app.services.store;
    // The first request of a server reads the list-size statistics the query cost uses; count after it.
    await getServer().post('{ __typename }');
    const before = store.statementCount();
    const { body } = await getServer().post(`{ filing(agencyCode: "${agencyCode(1)}", year: 2023, quarter: 1) { status agency { name region { name } } } }`);
    expect(body.data.filing).toEqual({ status: 'ACCEPTED', agency: { name: '机构001', region: { name: expect.any(String) } } });
    // the filing with its agency joined in, then the agency's region through its loader
    expect(store.statementCount() - before).toBe(2);
  });

  test('viewers whose scopes differ only in value each get their own rows from the reused statement', async () => {
    const lookup = (n: number) => `{ filing(agencyCode: "${agencyCode(n)}", year: 2023, quarter: 1) { agencyCode agency { code } } }`;
    const filer = (n: number) => getServer().token({ role: 'FILER', agencyCode: agencyCode(n) });
    const [one, two] = [await filer(1), await filer(2)];
    expect((await getServer().post(lookup(1), {}, one)).body.data.filing).toEqual({ agencyCode: agencyCode(1), agency: { code: agencyCode(1) } });
    expect((await getServer().post(lookup(1), {}, two)).body.data.filing).toBeNull();
    expect((await getServer().post(lookup(2), {}, two)).body.data.filing).toEqual({ agencyCode: agencyCode(2), agency: { code: agencyCode(2) } });
  });

  test("a joined reference obeys the viewer's scope as its loader does", async () => {
    const query = `{ problem(code: "P-CROSS") { code region { code } agency { code } } }`;
    const supervisor = await getServer().token({ role: 'SUPERVISOR', regionCode: DISTRICTS[1] });
    expect((await getServer().post(query, {}, supervisor)).body.data.problem).toEqual({ code: 'P-CROSS', region: { code: DISTRICTS[1] }, agency: null });
    expect((await getServer().post(query)).body.data.problem).toEqual({ code: 'P-CROSS', region: { code: DISTRICTS[1] }, agency: { code: agencyCode(2) } });
  });

  test('a derived field is right when the columns it comes from are not selected', async () => {
    // Fixture: 2023 Q1 ACCEPTED, submitted 2023-04-10 (due 04-15: on time); 2023 Q2 a DRAFT (due 07-15).
    const { body } = await getServer().post(`{ agencies(first: 1) { nodes { filings { dueDate onTime } } } }`);
    expect(body.data.agencies.nodes[0].filings).toEqual([
      { dueDate: '2023-04-15', onTime: true },
      { dueDate: '2023-07-15', onTime: null },
    ]);
  });

  test('a field resolver gets the columns it reads when the query does not select them', async () => {
    // The 2022 case (decided 2022-06-30) falls in the 2022 band: 1,000–5,000 yuan.
    const { body } = await getServer().post(`{ penaltyCase(agencyCode: "${agencyCode(1)}", caseNo: "C-2022-1") { quarter standard { maxYuan } } }`);
    expect(body.data.penaltyCase).toEqual({ quarter: 2, standard: { maxYuan: 5000 } });
  });

  test('a narrow query returns the same values as a wide one', async () => {
    const wide = await getServer().post(`{ agencies { nodes { code name level regionCode region { code name type parentCode }
      filings { agencyCode year quarter status submittedAt reviewedAt finesTotalYuan itemsTotal itemsExercised dueDate onTime } } } }`);
    const narrow = await getServer().post(`{ agencies { nodes { name region { name } filings { itemsExercised onTime } } } }`);
    const expected = wide.body.data.agencies.nodes.map((a: any) => ({
      name: a.name, region: { name: a.region.name },
      filings: a.filings.map((f: any) => ({ itemsExercised: f.itemsExercised, onTime: f.onTime })),
    }));
    expect(narrow.body.data.agencies.nodes).toEqual(expected);
    expect(expected).toHaveLength(3);
  });
});
