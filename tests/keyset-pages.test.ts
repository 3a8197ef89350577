import { beforeAll, expect, test } from 'vitest';
import { describeServers } from './helpers/server.ts';
import { agencyCode, insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { filings } from '../server/db/tables/index.ts';

type FilingRow = { agencyCode: string; year: number; quarter: number; submittedAt: string | null };
const key = (f: FilingRow) => `${f.agencyCode}/${f.year}/${f.quarter}`;

const FILINGS = `query($first: Int, $after: String, $orderBy: [FilingOrder!]) {
  filings(first: $first, after: $after, orderBy: $orderBy) {
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { agencyCode year quarter submittedAt } }
  }
}`;

describeServers('keyset pages', (getServer) => {
  const BY_SUBMISSION = [{ field: 'SUBMITTED_AT', direction: 'DESC' }];

  beforeAll(async () => {
    const { store } = getServer().app.services;
    await insertRegions(store);
    await insertAgencies(store, 6); // 12 filings: Q1 submitted, Q2 drafts (submittedAt null)
    // Two submissions within the same millisecond: a cursor rounded to milliseconds would repeat or skip one.
    await store.query(`update filings set submitted_at = '2023-04-10 02:00:00.123456+00' where agency_code = $1 and quarter = 1`, [agencyCode(1)]);
    await store.query(`update filings set submitted_at = '2023-04-10 02:00:00.123457+00' where agency_code = $1 and quarter = 1`, [agencyCode(2)]);
  });

  const page = async (variables: Record<string, unknown>) => {
    const { body } = await getServer().post(FILINGS, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.filings as { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: FilingRow }> };
  };

  const walk = async (orderBy: unknown, size: number) => {
    const seen: FilingRow[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const p = await page({ first: size, after, orderBy });
      seen.push(...p.edges.map((e) => e.node));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.pageInfo.hasNextPage) return seen;
      after = p.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  };

  test('paging by a nullable column (descending, NULLs first) or by the key visits every row once, in the order of one big page', async () => {
    for (const orderBy of [BY_SUBMISSION, null, [{ field: 'QUARTER', direction: 'DESC' }, { field: 'AGENCY_CODE', direction: 'ASC' }]]) {
      const whole = (await page({ first: 100, orderBy })).edges.map((e) => key(e.node));
      expect(whole).toHaveLength(12);
      for (const size of [1, 5]) expect((await walk(orderBy, size)).map(key)).toEqual(whole);
    }
  });

  test('a row inserted before the cursor between two reads does not shift the next page', async () => {
    const first = await page({ first: 4, orderBy: [{ field: 'AGENCY_CODE', direction: 'ASC' }] });
    const expectedNext = (await page({ first: 4, after: first.pageInfo.endCursor, orderBy: [{ field: 'AGENCY_CODE', direction: 'ASC' }] })).edges.map((e) => key(e.node));
    // An agency code that sorts before every other one files meanwhile.
    await getServer().app.services.store.db.insert(filings).values({ agencyCode: agencyCode(1), year: 2022, quarter: 4, status: 'DRAFT' });
    const next = await page({ first: 4, after: first.pageInfo.endCursor, orderBy: [{ field: 'AGENCY_CODE', direction: 'ASC' }] });
    expect(next.edges.map((e) => key(e.node))).toEqual(expectedNext);
  });

  test('an invalid, tampered, oversized or foreign cursor is BAD_USER_INPUT', async () => {
    const byName = await page({ first: 1, orderBy: BY_SUBMISSION });
    const raw = JSON.parse(Buffer.from(byName.pageInfo.endCursor!, 'base64url').toString());
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const cursors = [
      'not a cursor',
      Buffer.from('o:9223372036854775807').toString('base64url'),
      'A'.repeat(5_000),
      forge([raw[0], ...raw.slice(1, -1), 'four']), // quarter must be an integer
      forge([raw[0], 12345, ...raw.slice(2)]), // submittedAt must be an instant
      forge([raw[0], ...raw.slice(1), 'extra']),
      forge({ any: 'thing' }),
    ];
    for (const after of cursors) {
      const { body } = await getServer().post(FILINGS, { first: 2, after, orderBy: BY_SUBMISSION });
      expect(body.errors?.[0].extensions.code, after.slice(0, 40)).toBe('BAD_USER_INPUT');
    }
    // A cursor of one ordering given to another.
    const { body } = await getServer().post(FILINGS, { first: 2, after: byName.pageInfo.endCursor, orderBy: [{ field: 'YEAR', direction: 'ASC' }] });
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('an `in` filter longer than the documented maximum is BAD_USER_INPUT; at the maximum it runs', async () => {
    const query = `query($codes: [String!]) { agencies(filter: { code: { in: $codes } }) { totalCount } }`;
    const codes = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? agencyCode(1) : `X${i}`));
    const over = await getServer().post(query, { codes: codes(1_001) });
    expect(over.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxFilterValues: 1_000 });
    const at = await getServer().post(query, { codes: codes(1_000) });
    expect(at.body.data?.agencies.totalCount).toBe(1);
  });
});
