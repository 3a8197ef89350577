import { describe, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { recordAudit } from '../server/db/audit.ts';

describeStores('store', (getStore) => {
  test('migrations create every table', async () => {
    const rows = await getStore().query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema = 'public'
       and table_name in ('regions','agencies','filings','penalty_cases','problems','problem_events','audit_events')`,
    );
    expect(rows[0].n).toBe(7);
  });

  test('audit events can be appended but never changed or removed', async () => {
    const store = getStore();
    await recordAudit(store.db, { actor: 'test', action: 'create', entity: 'region', entityKey: 'X', after: { a: 1 } });
    await expect(store.query(`update audit_events set actor = 'mallory'`)).rejects.toThrow(/append-only/);
    await expect(store.query(`delete from audit_events`)).rejects.toThrow(/append-only/);
    const rows = await store.query<{ actor: string }>(`select actor from audit_events`);
    expect(rows).toEqual([{ actor: 'test' }]);
  });

  test('updated_at follows every update', async () => {
    const store = getStore();
    await store.query(`insert into regions (code, name, type) values ('T1', 'x', 'CITY')`);
    const [before] = await store.query<{ t: string }>(`select updated_at::text as t from regions where code = 'T1'`);
    await new Promise((r) => setTimeout(r, 20));
    await store.query(`update regions set name = 'y' where code = 'T1'`);
    const [after] = await store.query<{ t: string }>(`select updated_at::text as t from regions where code = 'T1'`);
    expect(after.t > before.t).toBe(true);
  });
});

describe('store kinds', () => {
  test('real PostgreSQL is exercised when TEST_DATABASE_URL is set', () => {
    expect(process.env.CI && !process.env.TEST_DATABASE_URL).toBeFalsy();
  });
});
