import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, CITY, DISTRICTS, insertAgencies, insertRegions, insertStandardsAndCases, TOWNSHIP } from './helpers/fixtures.ts';

const RegionTree = graphql(`
  query RegionTree($code: String!) {
    region(code: $code) { code parent { code } ancestors { code type } children { code } agencies { code } }
  }
`);

const AgencyPage = graphql(`
  query AgencyPage($first: Int, $after: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {
    agencies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { code name regionCode domains }
    }
  }
`);

const AgenciesNested = graphql(`
  query AgenciesNested($first: Int) {
    agencies(first: $first) {
      nodes { code region { name } officers { name } filings { year quarter status onTime } }
    }
  }
`);

const CaseWithBand = graphql(`
  query CaseWithBand($agencyCode: String!, $caseNo: String!) {
    penaltyCase(agencyCode: $agencyCode, caseNo: $caseNo) {
      year quarter fineYuan partyName agency { code } standard { validFrom minYuan maxYuan }
    }
  }
`);

describeServers('operational reads', (getServer) => {
  beforeAll(async () => {
    const store = getServer().app.services.store;
    await insertRegions(store);
    await insertAgencies(store, 60);
    await insertStandardsAndCases(store, agencyCode(1));
  });

  test('a region knows its parent, its ancestors up to the city, its children and its agencies', async () => {
    const township = await getServer().request(RegionTree, { code: TOWNSHIP });
    expect(township.data?.region).toMatchObject({ parent: { code: DISTRICTS[0] }, children: [], agencies: [] });
    expect(township.data?.region?.ancestors).toEqual([{ code: DISTRICTS[0], type: 'DISTRICT' }, { code: CITY, type: 'CITY' }]);
    const city = await getServer().request(RegionTree, { code: CITY });
    expect(city.data?.region?.children.map((c) => c.code)).toEqual(DISTRICTS);
    expect(city.data?.region?.parent).toBeNull();
    const district = await getServer().request(RegionTree, { code: DISTRICTS[1] });
    expect(district.data?.region?.agencies).toHaveLength(20);
    expect((await getServer().request(RegionTree, { code: 'nowhere' })).data?.region).toBeNull();
  });

  test('lists page with cursors and count every match', async () => {
    const first = await getServer().request(AgencyPage, { first: 25, orderBy: [{ field: 'NAME', direction: 'DESC' }] });
    expect(first.data?.agencies).toMatchObject({ totalCount: 60, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(first.data?.agencies.nodes[0].name).toBe('机构060');
    const after = first.data?.agencies.pageInfo.endCursor;
    const second = await getServer().request(AgencyPage, { first: 50, after, orderBy: [{ field: 'NAME', direction: 'DESC' }] });
    expect(second.data?.agencies.nodes.map((a) => a.name).slice(0, 2)).toEqual(['机构035', '机构034']);
    expect(second.data?.agencies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('filters combine: text search, region, domain (an array column) and order by several keys', async () => {
    const filter = { name: { contains: '机构00' }, regionCode: { in: [DISTRICTS[1], DISTRICTS[2]] }, domain: { eq: 'TRANSPORT' as const } };
    const result = await getServer().request(AgencyPage, { filter, orderBy: [{ field: 'REGION_CODE', direction: 'ASC' }, { field: 'NAME', direction: 'DESC' }] });
    // 001–009, odd (TRANSPORT), not in the first district (n % 3 = 0): 1, 5, 7 → 420703 (1, 7), 420704 (5)
    expect(result.data?.agencies.nodes.map((a) => a.name)).toEqual(['机构007', '机构001', '机构005']);
    const literal = await getServer().request(AgencyPage, { filter: { name: { contains: '%' } } });
    expect(literal.data?.agencies.totalCount).toBe(0);
  });

  test('the page size is capped by the configured maximum', async () => {
    const tooMany = await getServer().request(AgencyPage, { first: 100_000 });
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a penalty case resolves its agency and the band in force on its decision day', async () => {
    const old = await getServer().request(CaseWithBand, { agencyCode: agencyCode(1), caseNo: 'C-2022-1' });
    expect(old.data?.penaltyCase).toMatchObject({ year: 2022, quarter: 2, fineYuan: 3000.5, standard: { validFrom: '2022-01-01', maxYuan: 5000 } });
    const recent = await getServer().request(CaseWithBand, { agencyCode: agencyCode(1), caseNo: 'C-2023-1' });
    expect(recent.data?.penaltyCase).toMatchObject({ quarter: 4, partyName: '张三', agency: { code: agencyCode(1) }, standard: { minYuan: 2000 } });
  });

  test('nested relations cost the same number of SQL statements for 10 rows as for 50 (DataLoader batching)', async () => {
    const store = getServer().app.services.store;
    const statementsFor = async (first: number) => {
      const before = store.statementCount();
      const result = await getServer().request(AgenciesNested, { first });
      expect(result.data?.agencies.nodes).toHaveLength(first);
      expect(result.data?.agencies.nodes[0]).toMatchObject({ officers: [{}, {}], filings: [{ onTime: true }, { onTime: null }] });
      return store.statementCount() - before;
    };
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    // page rows with their region joined in (the total count is not selected, so not counted),
    // then one batched query each for officers and filings
    expect(ten).toBe(3);
    expect(fifty).toBe(ten);
  });
});
