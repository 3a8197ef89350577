import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runImport } from '../etl/import/run-import.ts';
import { EtlCheckError, runEtl, type EtlReport } from '../etl/run.ts';
import { graphql } from './__generated__/gql.ts';
import { runEqp } from './helpers/child.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { createTestStore } from './helpers/stores.ts';
import { FIXTURES, tempDir } from './helpers/warehouse.ts';

const CITY_FILES = [
  'metrics/regions.csv', 'metrics/agencies.csv', 'metrics/standards.csv', 'metrics/officers.csv', 'metrics/training.csv',
  'metrics/filings.csv', 'metrics/penalties.csv', 'metrics/problems.csv', 'metrics/reviews.csv', 'metrics/surveys.csv',
];
const MARTS = ['mart_supervision_agency_quarter', 'mart_penalty_agency_quarter', 'mart_rectification_quarter_end', 'mart_evaluation_inputs_year', 'mart_workforce_year'];

const BiMetrics = graphql(`
  query BiMetrics { metrics { name titleZh titleEn formula } }
`);
const SupervisionByRegionYear = graphql(`
  query BiSupervisionByRegionYear {
    supervisionRates(groupBy: [REGION, YEAR]) { regionCode year inspectionsPlanned filingsDue inspectionRate exerciseRate timelinessRate overturnRate }
  }
`);
const PenaltyByRegionYear = graphql(`
  query BiPenaltyByRegionYear {
    penaltyDiscretion(groupBy: [REGION, YEAR]) { regionCode year cases noLeniencyCases outOfBandRate leniencyRate meanFineYuan }
  }
`);

/** One statement over every mart: a snapshot a BI dashboard would take. */
const SNAPSHOT = `select concat_ws(':',
  (select count(*) from analytics.mart_supervision_agency_quarter),
  (select sum(items_total) from analytics.mart_supervision_agency_quarter),
  (select count(*) filter (where has_filing) from analytics.mart_supervision_agency_quarter),
  (select sum(cases) from analytics.mart_penalty_agency_quarter),
  (select sum(total) from analytics.mart_rectification_quarter_end),
  (select sum(reviews) from analytics.mart_evaluation_inputs_year),
  (select sum(compliant_officers) from analytics.mart_workforce_year)) as totals`;

describe.skipIf(!process.env.TEST_DATABASE_URL)('BI publication into PostgreSQL, read as a BI tool would', () => {
  const suffix = randomBytes(4).toString('hex');
  const everyRow = `bi_all_${suffix}`;
  const district = `bi_d_${suffix}`;
  let database: Awaited<ReturnType<typeof createTestStore>>;
  let server: TestServer;
  let dir: string;
  let warehousePath: string;
  let report: EtlReport;
  const readers: pg.Client[] = [];
  let admin: pg.Client;

  const urlAs = (role: string) => {
    const url = new URL(database.url!);
    url.username = role;
    return url.toString();
  };
  const connectAs = async (role: string) => {
    const client = new pg.Client({ connectionString: urlAs(role) });
    await client.connect();
    readers.push(client);
    return client;
  };
  const etl = () => runEtl(database.store, { warehousePath, publishUrl: database.url });
  const grant = (args: string[]) => runEqp(['bi', 'grant', ...args], { DATABASE_URL: database.url!, DATA_DIR: dir, AUTH_SECRET: 'bi-test-secret-bi-test' });

  beforeAll(async () => {
    database = await createTestStore('postgres');
    dir = tempDir('bi');
    warehousePath = path.join(dir, 'warehouse.duckdb');
    server = await startTestServer({ databaseUrl: database.url, warehousePath });
    await runImport(database.store, CITY_FILES.map((f) => path.join(FIXTURES, f)), { accept: true, rejectsDir: path.join(dir, 'rejects'), actor: 'test' });
    report = await etl();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });

  afterAll(async () => {
    for (const client of readers) await client.end().catch(() => {});
    await admin?.end();
    await server?.close();
    await database?.dispose();
    const cluster = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await cluster.connect();
    for (const role of [everyRow, district]) await cluster.query(`drop role if exists ${role}`);
    await cluster.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('eqp bi grant creates the logins and prints how to connect', async () => {
    const all = await grant(['--role', everyRow]);
    expect(all.code, all.output).toBe(0);
    const database_ = new URL(database.url!).pathname.slice(1);
    expect(all.output).toContain(`database: ${database_}`);
    expect(all.output).toContain(`user: ${everyRow}`);
    expect(all.output).toMatch(/password: [A-Za-z0-9_-]{24}\n/);
    expect(all.output).toContain(`jdbc:postgresql://127.0.0.1:5432/${database_}?currentSchema=analytics`);
    const scoped = await grant(['--role', district, '--region', '420704']);
    expect(scoped.code, scoped.output).toBe(0);
    expect(scoped.output).toContain('rows of region 420704 and every region under it');
    // Re-running updates the login and keeps its password.
    const again = await grant(['--role', district, '--region', '420704']);
    expect(again.output).toContain('password: (unchanged)');
    const hijack = await grant(['--role', 'postgres']);
    expect(hijack.code).toBe(2);
    expect(hijack.output).toMatch(/not a BI login/);
    expect((await grant(['--role', `bi_x_${suffix}`, '--region', '999999'])).output).toMatch(/--region 999999: no such region/);
  }, 300_000);

  test('information_schema and pg_catalog list every mart, reference table and rate view, each commented in Chinese and English', async () => {
    const reader = await connectAs(everyRow);
    const { rows: tables } = await reader.query(`select table_name, table_type from information_schema.tables where table_schema = 'analytics' order by 1`);
    const names = tables.map((t) => t.table_name);
    for (const mart of MARTS) expect(names).toContain(mart);
    expect(names).toContain('supervision_by_region_year');
    expect(tables.filter((t) => t.table_type === 'VIEW').length).toBeGreaterThanOrEqual(10);
    // Nothing but the publication is listed to the login as readable.
    const { rows: visible } = await reader.query(`select distinct table_schema from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`);
    expect(visible.map((r) => r.table_schema)).toEqual(['analytics']);
    const { rows: uncommented } = await reader.query(`
      select c.relname, a.attname, obj_description(c.oid, 'pg_class') as table_comment, col_description(c.oid, a.attnum) as column_comment
      from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'analytics' and c.relkind in ('r', 'v')`);
    expect(uncommented.length).toBeGreaterThan(100);
    for (const row of uncommented) {
      expect(row.table_comment, row.relname).toMatch(/[\u4e00-\u9fff].*（.*[A-Za-z]/);
      expect(row.column_comment, `${row.relname}.${row.attname}`).toMatch(/[\u4e00-\u9fff].*（.*[A-Za-z]/);
    }
    // A rate column says what the metric dictionary says: its title and formula, as `metrics` serves them.
    const { data } = await server.request(BiMetrics, {});
    const comment = (relname: string, attname: string) => uncommented.find((r) => r.relname === relname && r.attname === attname)?.column_comment;
    for (const [view, column, metric] of [
      ['supervision_by_region_year', 'inspection_rate', 'inspectionRate'], ['penalty_by_year', 'out_of_band_rate', 'outOfBandRate'],
      ['workforce_by_year', 'training_compliance_rate', 'trainingComplianceRate'], ['evaluation_inputs_by_year', 'quality', 'quality'],
    ] as const) {
      const m = data!.metrics.find((d) => d.name === metric)!;
      expect(comment(view, column)).toBe(`${m.titleZh}（${m.titleEn}: ${m.formula}）`);
    }
  });

  test('every published table holds the rows the warehouse has, with Chinese names next to the codes', async () => {
    const reader = await connectAs(everyRow);
    for (const [table, rows] of Object.entries(report.published!.tables)) {
      const { rows: [count] } = await reader.query(`select count(*)::int as n from analytics.${table}`);
      expect(count.n, table).toBe(rows);
      if (MARTS.includes(table)) expect(rows, table).toBe(report.rowsPerTable[table]);
    }
    const { rows: [names] } = await reader.query(`
      select count(*)::int as n, count(*) filter (where m.agency_name = a.agency_name and m.region_name = r.region_name and m.domain_name = d.name_zh)::int as named
      from analytics.mart_penalty_agency_quarter m join analytics.dim_agency a using (agency_code)
      join analytics.dim_region r on r.region_code = m.region_code join analytics.dim_domain d using (domain_code)`);
    expect(names.n).toBeGreaterThan(0);
    expect(names.named).toBe(names.n);
    const { rows: [township] } = await reader.query(`select agency_name, region_name from analytics.mart_supervision_agency_quarter where agency_code = '11420704MB0000005H' limit 1`);
    expect(township).toEqual({ agency_name: '凤凰街道综合行政执法队', region_name: '鄂城区' });
    // No personal data: no column of any published table names a person.
    const { rows: columns } = await reader.query(`select column_name from information_schema.columns where table_schema = 'analytics'`);
    expect(columns.map((c) => c.column_name).filter((c) => /party|officer_name|id_number|phone|complainant/.test(c))).toEqual([]);
  });

  test('every operational table and every write is refused with "permission denied"', async () => {
    const reader = await connectAs(everyRow);
    const { rows: operational } = await admin.query(`select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname not in ('analytics', 'pg_catalog', 'information_schema')`);
    expect(operational.length).toBeGreaterThan(10);
    for (const { name } of operational) await expect(reader.query(`select * from ${name} limit 1`), name).rejects.toThrow(/permission denied/);
    const writes = [
      `insert into analytics.mart_workforce_year (year) values (2030)`,
      `update analytics.mart_supervision_agency_quarter set items_total = 0`,
      `delete from analytics.mart_penalty_agency_quarter`,
      `truncate analytics.dim_region`,
      `create table analytics.mine (a int)`,
      `create table public.mine (a int)`,
      `create view analytics.mine as select 1`,
      `drop table analytics.mart_workforce_year`,
      `update analytics_access.logins set region_code = null`,
      `delete from public.agencies`,
    ];
    for (const write of writes) await expect(reader.query(write), write).rejects.toThrow(/permission denied|must be owner/);
  });

  test('the read-only login through psql: lists the tables, reads a mart, is refused an operational table', async () => {
    const psql = (sql: string) => promisify(execFile)('psql', [urlAs(everyRow), '-Atc', sql]).then((r) => r.stdout, (e) => `ERROR ${e.stderr}`);
    expect(await psql(`\\dt`)).toContain('mart_supervision_agency_quarter');
    expect(Number(await psql('select count(*) from mart_penalty_agency_quarter'))).toBe(report.published!.tables.mart_penalty_agency_quarter);
    expect(await psql('select count(*) from public.filings')).toMatch(/ERROR .*permission denied for table filings/);
    expect(await psql('delete from mart_workforce_year')).toMatch(/ERROR .*permission denied/);
  });

  test('a region-scoped login sees only the rows of its region and the regions under it', async () => {
    const scoped = await connectAs(district);
    const { rows: under } = await admin.query(`select descendant_code from analytics.dim_region_closure where ancestor_code = '420704'`);
    const inRegion = new Set(under.map((r) => r.descendant_code));
    expect(inRegion).toEqual(new Set(['420704', '420704001']));
    for (const table of [...MARTS, 'supervision_by_region_year', 'penalty_by_region_year_quarter', 'rectification_by_region_year_quarter', 'dim_agency']) {
      const perRegion = `select region_code, count(*)::int as n from analytics.${table} group by 1 order by 1`;
      const { rows: all } = await admin.query(perRegion);
      const { rows: seen } = await scoped.query(perRegion);
      expect(seen.length, table).toBeGreaterThan(0);
      expect(seen, table).toEqual(all.filter((r) => inRegion.has(r.region_code)));
    }
    const { rows: agencies } = await scoped.query(`select agency_code from analytics.dim_agency order by 1`);
    expect(agencies.map((a) => a.agency_code)).toEqual(['11420704MB0000004E', '11420704MB0000005H']);
  });

  test('the rate views agree with the same analytics through GraphQL', async () => {
    const reader = await connectAs(everyRow);
    const { data } = await server.request(SupervisionByRegionYear);
    const { rows } = await reader.query(`select * from analytics.supervision_by_region_year`);
    expect(rows.length).toBe(data!.supervisionRates.length);
    for (const g of data!.supervisionRates) {
      const row = rows.find((r) => r.region_code === g.regionCode && r.year === g.year)!;
      expect(Number(row.inspections_planned)).toBe(Number(g.inspectionsPlanned));
      expect(Number(row.filings_due)).toBe(Number(g.filingsDue));
      for (const [sql, gql] of [['inspection_rate', 'inspectionRate'], ['exercise_rate', 'exerciseRate'], ['timeliness_rate', 'timelinessRate'], ['overturn_rate', 'overturnRate']] as const) {
        if (g[gql] === null) expect(row[sql], `${g.regionCode} ${g.year} ${sql}`).toBeNull();
        else expect(row[sql], `${g.regionCode} ${g.year} ${sql}`).toBeCloseTo(g[gql]!, 12);
      }
    }
    const penalties = await server.request(PenaltyByRegionYear);
    const { rows: penaltyRows } = await reader.query(`select * from analytics.penalty_by_region_year`);
    expect(penaltyRows.length).toBe(penalties.data!.penaltyDiscretion.length);
    for (const g of penalties.data!.penaltyDiscretion) {
      const row = penaltyRows.find((r) => r.region_code === g.regionCode && r.year === g.year)!;
      expect(Number(row.cases)).toBe(Number(g.cases));
      expect(Number(row.no_leniency_cases)).toBe(Number(g.noLeniencyCases));
      for (const [sql, gql] of [['out_of_band_rate', 'outOfBandRate'], ['leniency_rate', 'leniencyRate'], ['mean_fine_yuan', 'meanFineYuan']] as const) {
        if (g[gql] === null) expect(row[sql]).toBeNull();
        else expect(row[sql], `${g.regionCode} ${g.year} ${sql}`).toBeCloseTo(Number(g[gql]), 9);
      }
    }
  });

  test('a reader looping over the marts during an ETL sees the previous or the new publication, never a mix', async () => {
    const reader = await connectAs(everyRow);
    const snapshot = async () => (await reader.query(SNAPSHOT)).rows[0].totals as string;
    const before = await snapshot();
    // A quarter's filing accepted since: the next generation differs in several marts at once.
    await runImport(database.store, [path.join(FIXTURES, 'metrics/filings-pending.csv')], { accept: true, rejectsDir: path.join(dir, 'rejects'), actor: 'test' });
    let running = true;
    const seen: string[] = [];
    const loop = (async () => {
      while (running) seen.push(await snapshot());
    })();
    try {
      await etl();
    } finally {
      running = false;
      await loop;
    }
    const after = await snapshot();
    expect(after).not.toBe(before);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((s) => s !== before && s !== after)).toEqual([]);
  });

  test('eqp bi revoke ends the login\'s sessions and drops it; it refuses roles it did not create', async () => {
    const role = `bi_r_${suffix}`;
    const revoke = (name: string) => runEqp(['bi', 'revoke', '--role', name], { DATABASE_URL: database.url!, DATA_DIR: dir, AUTH_SECRET: 'bi-test-secret-bi-test' });
    const password = /password: (\S+)/.exec((await grant(['--role', role])).output)![1];
    const url = new URL(urlAs(role));
    url.password = password;
    const open = new pg.Client({ connectionString: url.toString() });
    const closed = new Promise<Error>((resolve) => open.on('error', resolve));
    await open.connect();
    expect((await open.query('select count(*)::int as n from mart_workforce_year')).rows[0].n).toBeGreaterThan(0);
    const done = await revoke(role);
    expect(done.code, done.output).toBe(0);
    expect(done.output).toMatch(new RegExp(`revoked BI login ${role} \\(ended 1 open session\\)`));
    expect(String(await closed)).toMatch(/terminat/);
    await expect(new pg.Client({ connectionString: url.toString() }).connect()).rejects.toThrow(new RegExp(`role "${role}" does not exist|password authentication failed`));
    const { rows } = await admin.query(`select count(*)::int as n from analytics_access.logins where role_name = $1`, [role]);
    expect(rows[0].n).toBe(0);
    const again = await revoke(role);
    expect([again.code, again.output]).toEqual([2, expect.stringMatching(/no such login/)]);
    const foreign = await revoke('postgres');
    expect([foreign.code, foreign.output]).toEqual([2, expect.stringMatching(/not a BI login/)]);
  }, 120_000);

  test('a failed ETL leaves the previous publication in place', async () => {
    const reader = await connectAs(everyRow);
    const before = (await reader.query(SNAPSHOT)).rows[0].totals;
    await database.store.query(`alter table surveys drop constraint surveys_score`);
    await database.store.query(`insert into surveys (year, region_code, respondent_group, respondents, score) values (2031, '420704', 'PUBLIC', 5, 150)`);
    await database.store.query(`update filings set items_total = items_total + 1000`);
    await expect(etl()).rejects.toThrow(EtlCheckError);
    expect((await reader.query(SNAPSHOT)).rows[0].totals).toBe(before);
    // A publication that cannot be written fails the run too, and the warehouse keeps its state.
    await database.store.query(`delete from surveys where score > 100`);
    const unreachable = new URL(database.url!);
    unreachable.pathname = `/no_such_database_${suffix}`;
    await expect(runEtl(database.store, { warehousePath, publishUrl: unreachable.toString() })).rejects.toThrow(/BI publication failed/);
    expect((await reader.query(SNAPSHOT)).rows[0].totals).toBe(before);
    const { data } = await server.request(SupervisionByRegionYear);
    const planned = data!.supervisionRates.reduce((sum, r) => sum + Number(r.inspectionsPlanned), 0);
    const { rows: [published] } = await reader.query(`select sum(inspections_planned)::int as n from analytics.mart_supervision_agency_quarter`);
    expect(planned).toBe(published.n);
  });
});
