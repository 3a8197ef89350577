import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { agencyCode, insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { officers, powerItems, training } from '../server/db/tables/index.ts';

// One agency with real cardinalities: 200 power items, 20 officers with 15 trainings each.
const ITEMS = 200;
const OFFICERS = 20;
const TRAININGS = 15;
const BIG = agencyCode(1);

// The shape of the query that cost 44,623 when every unpaged list counted 10 rows.
const NESTED = `{ agencies(first: 1, filter: { code: { eq: "${BIG}" } }) { nodes { powerItems { agency { officers { training { hours } } } } } } }`;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  const { store } = t.app.services;
  await insertRegions(store);
  await insertAgencies(store, 3);
  await store.db.insert(powerItems).values(Array.from({ length: ITEMS }, (_, i) => ({ agencyCode: BIG, itemCode: `PI-${i}`, name: '事项', domain: 'FOOD_DRUG' as const, actionType: 'LICENSING' })));
  await store.db.insert(officers).values(Array.from({ length: OFFICERS - 2 }, (_, i) => ({ officerNo: `BIG-${i}`, name: '执法员', agencyCode: BIG })));
  const numbers = (await store.query<{ officer_no: string }>('select officer_no from officers where agency_code = $1', [BIG])).map((r) => r.officer_no);
  await store.db.insert(training).values(numbers.flatMap((officerNo) => Array.from({ length: TRAININGS }, (_, k) => ({ officerNo, year: 2010 + k, type: 'BUSINESS' as const, hours: '8' }))));
});
afterAll(async () => t?.close());

test('unpaged lists cost the largest such list in the store: a nested query over big lists is refused before it runs, and the server stays ready', async () => {
  // Worked out by hand: agencies 1 × nodes 1 × (powerItems 200 × (1 + agency 1 × (1 + officers 20 × (1 + training 15 × (1 + hours)))))
  const expected = 1 + 1 * (1 + ITEMS * (1 + 1 * (1 + OFFICERS * (1 + TRAININGS * 2))));
  const before = t.app.services.store.statementCount();
  const { status, body } = await t.post(NESTED);
  expect([status, body.errors?.[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  expect(body.errors?.[0].extensions).toMatchObject({ cost: expected, maxCost: 50_000 });
  // Only the statistics were read (one statement per relation and the region count), nothing of the query itself.
  expect(t.app.services.store.statementCount() - before).toBeLessThanOrEqual(9);
  const ready = await fetch(t.server.url.replace('/graphql', '/readyz'));
  expect(ready.status).toBe(200);
  // The same shape over a small agency is costed by the same bounds: still refused, since any agency may be the big one.
  const small = await t.post(NESTED.replace(BIG, agencyCode(2)));
  expect(small.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  // Narrower: the power items alone are fine.
  const narrow = await t.post(`{ agencies(first: 1, filter: { code: { eq: "${BIG}" } }) { nodes { powerItems { itemCode } } } }`);
  expect(narrow.body.data?.agencies.nodes[0].powerItems).toHaveLength(ITEMS);
});
