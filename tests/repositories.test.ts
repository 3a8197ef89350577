import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { CITY, DISTRICTS, insertRegions } from './helpers/fixtures.ts';
import { regions } from '../server/db/tables/index.ts';
import { regionRepository } from '../server/db/repositories/region.repository.ts';
import { audited, upsertRow } from '../server/db/repositories/write.ts';
import { createLoaders } from '../resolvers/loaders/index.ts';
import { maskPersonal } from '../server/auth/policy.ts';
import { OPERATOR_VIEWER } from '../server/auth/viewer.ts';

describeStores('repositories', (getStore) => {
  const reader = () => ({ store: getStore(), viewer: OPERATOR_VIEWER });
  beforeAll(async () => insertRegions(getStore()));

  test('loaders answer in key order, with null or [] for keys that match nothing', async () => {
    const loaders = createLoaders(reader());
    const found = await loaders.region.loadMany(['420704', 'missing', CITY]);
    expect(found.map((r) => (r instanceof Error ? r : r?.code ?? null))).toEqual(['420704', null, CITY]);
    const children = await loaders.regionChildren.loadMany(['missing', CITY]);
    expect(children.map((c) => (c instanceof Error ? c : c.map((r) => r.code)))).toEqual([[], DISTRICTS]);
  });

  test('a batch of loads is one statement', async () => {
    const loaders = createLoaders(reader());
    const before = getStore().statementCount();
    await Promise.all(DISTRICTS.map((code) => loaders.region.load(code)));
    expect(getStore().statementCount() - before).toBe(1);
  });

  test('a change and its audit event commit together or not at all', async () => {
    const attempt = audited(reader(), 'region', 'update', async (tx) => {
      await upsertRow(tx, regions, eq(regions.code, 'TMP'), { code: 'TMP', name: 'x', type: 'ZONE' });
      throw new Error('refused after the write');
    });
    await expect(attempt).rejects.toThrow('refused after the write');
    expect(await regionRepository.findAllIn(reader(), regions.code, ['TMP'])).toEqual([]);
    const trail = await getStore().query<{ n: number }>(`select count(*)::int as n from audit_events where entity_key = 'TMP'`);
    expect(trail[0].n).toBe(0);

    await audited(reader(), 'region', 'update', async (tx) => ({
      entityKey: 'TMP', ...(await upsertRow(tx, regions, eq(regions.code, 'TMP'), { code: 'TMP', name: 'x', type: 'ZONE' })),
    }));
    const [event] = await getStore().query<{ actor: string; action: string }>(`select actor, action from audit_events where entity_key = 'TMP'`);
    expect(event).toEqual({ actor: 'operator', action: 'create' });
  });

  test('personal-data fields pass through the masking hook (identity until masking is switched on)', () => {
    const officer = { officerNo: 'E-1', name: '李四', idNumber: '11010519491231002X', phone: null, agencyCode: 'A' };
    expect(maskPersonal(OPERATOR_VIEWER, 'officer', officer)).toEqual(officer);
  });
});
