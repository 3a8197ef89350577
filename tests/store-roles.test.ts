import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestStore, STORE_KINDS } from './helpers/stores.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { agencyCode, insertAgencies, insertRegions } from './helpers/fixtures.ts';
import { tempDir } from './helpers/warehouse.ts';
import { canManageClusters, createCluster } from './helpers/pg-cluster.ts';
import { openStore } from '../server/db/client.ts';
import { runEtl } from '../etl/run.ts';
import { denialAudits } from '../server/auth/denial.ts';

const PERMISSION_DENIED = '42501';

// Every store kind gets the roles from the migrations (PGlite too: the same schema everywhere).
for (const kind of STORE_KINDS) {
  describe(`the migrations' roles [${kind}]`, () => {
    let handle: Awaited<ReturnType<typeof createTestStore>>;
    beforeAll(async () => {
      handle = await createTestStore(kind);
    });
    afterAll(async () => handle?.dispose());

    test('eqp_owner owns every table, sequence and function; eqp_app may only read and insert audit events', async () => {
      const { store } = handle;
      const notOwned = await store.query(`
        select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'S', 'v') and pg_get_userbyid(c.relowner) <> 'eqp_owner'
        union all
        select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> 'eqp_owner'`);
      expect(notOwned).toEqual([]);
      const [audit] = await store.query(`select ${['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'].map((p) => `has_table_privilege('eqp_app', 'audit_events', '${p}') as "${p}"`).join(', ')}`);
      expect(audit).toEqual({ SELECT: true, INSERT: true, UPDATE: false, DELETE: false, TRUNCATE: false });
      const [filings] = await store.query(`select has_table_privilege('eqp_app', 'filings', 'UPDATE') as update, has_table_privilege('eqp_app', 'filings', 'TRUNCATE') as truncate`);
      expect(filings).toEqual({ update: true, truncate: false });
      const [app] = await store.query(`select rolsuper, rolcanlogin, pg_has_role('eqp_app', 'eqp_owner', 'MEMBER') as owner from pg_roles where rolname = 'eqp_app'`);
      expect(app).toEqual({ rolsuper: false, rolcanlogin: false, owner: false });
    });
  });
}

// Connected as a login of the application role, on the real server.
describe.skipIf(!process.env.TEST_DATABASE_URL)('a login in eqp_app [postgres]', () => {
  let handle: Awaited<ReturnType<typeof createTestStore>>;
  let login: string;
  let appUrl: string;
  let client: pg.Client;
  let server: TestServer;
  const dir = tempDir('roles');
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    handle = await createTestStore('postgres');
    await insertRegions(handle.store);
    await insertAgencies(handle.store, 3);
    login = `eqp_test_login_${randomBytes(5).toString('hex')}`;
    await admin(`create role ${login} login in role eqp_app`);
    const url = new URL(handle.url!);
    url.username = login;
    appUrl = url.toString();
    client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    server = await startTestServer({ databaseUrl: appUrl, warehousePath: path.join(dir, 'warehouse.duckdb') });
  });
  afterAll(async () => {
    await server?.close();
    await client?.end();
    await handle?.dispose();
    if (login) await admin(`drop role if exists ${login}`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const refused = async (sql: string) => {
    const err = await client.query(sql).then(() => null, (e: { code?: string; message: string }) => e);
    return err && { code: err.code, message: err.message };
  };

  test('inserts and reads audit events', async () => {
    const [{ current_user: who }] = (await client.query('select current_user')).rows;
    expect(who).toBe(login);
    await client.query(`insert into audit_events (actor, action, entity, entity_key) values ('role-test', 'checked', 'role', $1)`, [login]);
    const { rows } = await client.query(`select actor from audit_events where entity_key = $1`, [login]);
    expect(rows).toEqual([{ actor: 'role-test' }]);
  });

  test.each([
    ['UPDATE', `update audit_events set actor = 'forged'`],
    ['DELETE', `delete from audit_events`],
    ['TRUNCATE', `truncate audit_events`],
    ['DISABLE TRIGGER', `alter table audit_events disable trigger audit_events_no_update`],
    ['DISABLE TRIGGER ALL', `alter table audit_events disable trigger all`],
    ['DROP TRIGGER', `drop trigger audit_events_no_update on audit_events`],
    ['session_replication_role', `set session_replication_role = replica`],
    ['ownership', `alter table audit_events owner to ${'current_user'}`],
    ['the owner role', `set role eqp_owner`],
  ])('cannot %s', async (_what, sql) => {
    const err = await refused(sql);
    expect(err, sql).not.toBeNull();
    expect(err!.code, err!.message).toBe(PERMISSION_DENIED);
    const { rows } = await client.query(`select count(*)::int as n from audit_events where actor = 'forged'`);
    expect(rows[0].n).toBe(0);
  });

  test("the server's normal work runs as the login: a mutation and its audit event, a denial's audit event, an ETL", async () => {
    const submitted = await server.post(`mutation($a: String!) { submitFiling(agencyCode: $a, year: 2023, quarter: 2) { status } }`, { a: agencyCode(1) });
    expect(submitted.body).toEqual({ data: { submitFiling: { status: 'SUBMITTED' } } });
    const filer = await server.token({ role: 'FILER', agencyCode: agencyCode(1) });
    const denied = await server.post(`mutation($a: String!) { submitFiling(agencyCode: $a, year: 2023, quarter: 2) { status } }`, { a: agencyCode(2) }, filer);
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await denialAudits(server.app.services.store).flush();
    const { rows } = await client.query(`select action, entity_key from audit_events where entity = 'filing' order by id`);
    expect(rows).toEqual([
      { action: expect.not.stringMatching(/^denied$/), entity_key: expect.stringContaining(agencyCode(1)) },
      { action: 'denied', entity_key: expect.stringContaining(agencyCode(2)) },
    ]);

    const store = await openStore({ databaseUrl: appUrl });
    try {
      const report = await runEtl(store, { warehousePath: path.join(dir, 'etl.duckdb') });
      expect(report.rowsExtracted.agencies).toBe(3);
    } finally {
      await store.close();
    }
  });
});

// Roles belong to the whole server: on a server that has none yet, databases migrated at the same
// moment (as the parallel test files do) all get them, whichever creates them first.
describe.runIf(process.env.TEST_DATABASE_URL && canManageClusters)('the roles on a server that has none yet', () => {
  test('four databases migrated at once by a login with CREATEROLE all get them, and a login in eqp_app cannot migrate one that is behind', async () => {
    const cluster = await createCluster();
    const admin = new pg.Client({ connectionString: cluster.url });
    admin.on('error', () => {}); // the cluster goes away at the end
    try {
      await admin.connect();
      const names = ['a', 'b', 'c', 'd'].map((n) => `eqp_roles_${n}`);
      // As docs/security.md sets a database up: a migrating login with CREATEROLE owning the databases, no superuser.
      await admin.query('create role eqp_migrator login createrole');
      for (const name of [...names, 'eqp_roles_behind']) await admin.query(`create database ${name} owner eqp_migrator`);
      const urlOf = (name: string, user = 'postgres') => {
        const url = new URL(cluster.url);
        url.pathname = `/${name}`;
        url.username = user;
        return url.toString();
      };
      await Promise.all(names.map(async (name) => {
        const store = await openStore({ databaseUrl: urlOf(name, 'eqp_migrator') });
        try {
          await store.migrate();
          const [owner] = await store.query(`select tableowner from pg_tables where tablename = 'audit_events'`);
          expect(owner).toEqual({ tableowner: 'eqp_owner' });
        } finally {
          await store.close();
        }
      }));
      const { rows } = await admin.query(`select rolname, pg_has_role('eqp_migrator', oid, 'MEMBER') as migrator from pg_roles where rolname in ('eqp_owner', 'eqp_app') order by 1`);
      expect(rows).toEqual([{ rolname: 'eqp_app', migrator: false }, { rolname: 'eqp_owner', migrator: true }]);
      await admin.query('create role eqp_roles_login login in role eqp_app');
      const behind = await openStore({ databaseUrl: urlOf('eqp_roles_behind', 'eqp_roles_login') });
      try {
        await expect(behind.migrate()).rejects.toThrow(/needs migrations this login may not apply .*run `eqp migrate` as the schema owner/);
      } finally {
        await behind.close();
      }
      const upToDate = await openStore({ databaseUrl: urlOf(names[0], 'eqp_roles_login') });
      try {
        await upToDate.migrate();
        expect(await upToDate.query('select count(*)::int as n from audit_events')).toEqual([{ n: 0 }]);
      } finally {
        await upToDate.close();
      }
    } finally {
      await admin.end().catch(() => {});
      cluster.drop();
    }
  });
});
