import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runEtl, EtlCheckError, EtlStepError } from '../etl/run.ts';
import { acquireEtlLock, EtlBusyError } from '../etl/lock.ts';
import { Warehouse } from '../warehouse/client.ts';
import { describeStores } from './helpers/stores.ts';
import { tempDir } from './helpers/warehouse.ts';
import type { Store } from '../server/db/client.ts';

const AGENCY = '11420704MB0000004E';

async function loadCity(store: Store): Promise<void> {
  await store.query(`insert into regions (code, name, type) values ('420700', '鄂州市', 'CITY')`);
  await store.query(`insert into regions (code, name, parent_code, type) values ('420704', '鄂城区', '420700', 'DISTRICT')`);
  await store.query(`insert into agencies (code, name, region_code, level, kind, domains) values ($1, '鄂城区市场监督管理局', '420704', 'DISTRICT', 'DEPARTMENT', '{FOOD_DRUG}')`, [AGENCY]);
  await store.query(`insert into filings (agency_code, year, quarter, status, submitted_at, inspections_planned, inspections_completed, items_total, items_exercised)
    values ($1, 2023, 1, 'ACCEPTED', '2023-04-01T00:00:00+08', 10, 4, 10, 5)`, [AGENCY]);
}

describeStores('etl', (getStore) => {
  let dir: string;
  let warehousePath: string;
  let warehouse: Warehouse;
  const planned = async () =>
    (await warehouse.query<{ planned: number; completed: number }>(
      `select sum(inspections_planned) as planned, sum(inspections_completed_capped) as completed from fct_agency_quarter`,
    ))[0];

  beforeAll(async () => {
    dir = tempDir('etl');
    warehousePath = path.join(dir, 'warehouse.duckdb');
    warehouse = new Warehouse(warehousePath);
    await loadCity(getStore());
  });
  afterAll(() => {
    warehouse.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a full run builds the warehouse and logs rows per table', async () => {
    const report = await runEtl(getStore(), { warehousePath, full: true });
    expect(report.mode).toBe('full');
    expect(report.rowsExtracted.filings).toBe(1);
    expect(report.rowsPerTable.fct_agency_quarter).toBe(12); // one agency × 2022–2024 quarters
    expect(await planned()).toEqual({ planned: 10, completed: 4 });
    const [run] = await getStore().query<{ status: string; rows_per_table: Record<string, number> }>(
      `select status, rows_per_table from etl_runs where run_id = $1`, [report.runId]);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.rows_per_table.fct_agency_quarter).toBe(12);
  });

  test('an incremental run replaces a resubmitted quarter instead of adding it twice', async () => {
    await getStore().query(`update filings set inspections_planned = 20, inspections_completed = 15 where agency_code = $1`, [AGENCY]);
    const report = await runEtl(getStore(), { warehousePath });
    expect(report.mode).toBe('incremental');
    expect(report.rowsExtracted.filings).toBe(1);
    expect(await planned()).toEqual({ planned: 20, completed: 15 });
  });

  test('a filing returned after acceptance leaves the warehouse on the next run', async () => {
    await getStore().query(`update filings set status = 'RETURNED', return_reason = 'figures do not add up' where agency_code = $1`, [AGENCY]);
    await runEtl(getStore(), { warehousePath });
    expect(await planned()).toEqual({ planned: 0, completed: 0 });
    await getStore().query(`update filings set status = 'ACCEPTED' where agency_code = $1`, [AGENCY]);
    await runEtl(getStore(), { warehousePath });
    expect(await planned()).toEqual({ planned: 20, completed: 15 });
  });

  test('a run whose checks fail leaves the previous warehouse in place and is logged as failed', async () => {
    // A survey with a score outside 0–100 cannot come through the API; insert it behind its back.
    await getStore().query(`alter table surveys drop constraint surveys_score`);
    await getStore().query(`insert into surveys (year, region_code, respondent_group, respondents, score) values (2023, '420704', 'PUBLIC', 5, 150)`);
    await getStore().query(`update filings set inspections_planned = 99 where agency_code = $1`, [AGENCY]);
    await expect(runEtl(getStore(), { warehousePath })).rejects.toThrow(EtlCheckError);
    expect(await planned()).toEqual({ planned: 20, completed: 15 });
    expect(fs.readdirSync(dir).filter((f) => f.includes('building'))).toEqual([]);
    const [last] = await getStore().query<{ status: string; error: string }>(`select status, error from etl_runs order by id desc limit 1`);
    expect(last.status).toBe('FAILED');
    expect(last.error).toMatch(/survey scores within 0–100/);
    await getStore().query(`delete from surveys`);
    await runEtl(getStore(), { warehousePath });
    expect((await planned()).planned).toBe(99);
  });

  test('a raw row whose reference finds nothing fails the raw checks, which name the foreign key and the code', async () => {
    // An incremental source's reference is checked too; the foreign key goes behind the ETL's back.
    await getStore().query(`alter table penalty_cases drop constraint penalty_cases_agency_code_agencies_code_fk`);
    await getStore().query(`insert into penalty_cases (agency_code, case_no, decided_on, violation_item_code, party_type, band)
      values ('NO-SUCH-AGENCY', 'C-1', '2023-05-01', 'V-1', 'INDIVIDUAL', 'GENERAL')`);
    try {
      const failure = await runEtl(getStore(), { warehousePath }).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(EtlCheckError);
      expect((failure as Error).message).toMatch(/raw_penalty_cases\.agency_code → raw_agencies\.code: .*NO-SUCH-AGENCY \| 1/);
      expect((await planned()).planned).toBe(99);
    } finally {
      await getStore().query(`delete from penalty_cases where agency_code = 'NO-SUCH-AGENCY'`);
    }
    await runEtl(getStore(), { warehousePath, full: true });
  });

  test('a run that fails in a step names the step, in its error and in the run log, and keeps the previous warehouse', async () => {
    // A column the extract reads, gone behind the ETL's back (a botched manual migration).
    await getStore().query(`alter table complaints rename column channel to channel_renamed`);
    try {
      const failure = await runEtl(getStore(), { warehousePath }).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(EtlStepError);
      expect((failure as EtlStepError).step).toBe('extract complaints');
      expect((failure as Error).message).toMatch(/^ETL step "extract complaints" failed: .*channel/);
      const [last] = await getStore().query<{ status: string; error: string }>(`select status, error from etl_runs order by id desc limit 1`);
      expect(last).toMatchObject({ status: 'FAILED', error: (failure as Error).message });
      expect((await planned()).planned).toBe(99);
    } finally {
      await getStore().query(`alter table complaints rename column channel_renamed to channel`);
    }
  });

  test('a warehouse whose raw layer an older version built is rebuilt in full, not merged into', async () => {
    warehouse.close();
    const duck = await DuckDBInstance.create(warehousePath);
    const connection = await duck.connect();
    await connection.run(`update meta_raw_layer set fingerprint = 'an older version'`);
    connection.closeSync();
    duck.closeSync();
    const report = await runEtl(getStore(), { warehousePath });
    expect(report.mode).toBe('full');
    expect((await planned()).planned).toBe(99);
    expect((await runEtl(getStore(), { warehousePath })).mode).toBe('incremental');
  });

  test('one ETL at a time: a second run is refused while the lock is held', async () => {
    const lock = await acquireEtlLock(`${warehousePath}.lock`, { waitMs: 0 });
    try {
      await expect(runEtl(getStore(), { warehousePath })).rejects.toThrow(EtlBusyError);
    } finally {
      lock.release();
    }
  });

  test('a lock and a half-built file left by a killed run are taken over and cleaned up', async () => {
    fs.writeFileSync(`${warehousePath}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: '2024-01-01T00:00:00Z' }));
    fs.writeFileSync(`${warehousePath}.building-killed`, 'half a warehouse');
    const report = await runEtl(getStore(), { warehousePath });
    expect(report.mode).toBe('incremental');
    expect(fs.readdirSync(dir).filter((f) => f.includes('building'))).toEqual([]);
  });
});
