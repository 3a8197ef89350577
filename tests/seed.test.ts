import { Command } from 'commander';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTestStore, describeStores } from './helpers/stores.ts';
import { isStoreEmpty, seedDemo, type SeedSummary } from '../server/db/seed/index.ts';
import { registerSeed } from '../server/cli/commands/seed.ts';
import { cityDate, filingDueDate, isOnTime, quarterEnd, quarterStart, PROGRAMME_YEARS } from '../server/domain/calendar.ts';
import { usccProblem } from '../server/domain/uscc.ts';
import { EXIT } from '../server/cli/exit-codes.ts';
import type { Store } from '../server/db/client.ts';

/** Small enough to seed several stores per run, large enough to hold every case the tests look for. */
const SCALE = 0.2;

/** domain.md §3: IDENTIFIED → RECTIFYING → RECTIFIED → VERIFIED; REOPENED returns to RECTIFYING. */
const ALLOWED: Record<string, string[]> = {
  IDENTIFIED: ['RECTIFYING'],
  RECTIFYING: ['RECTIFIED'],
  RECTIFIED: ['VERIFIED', 'REOPENED'],
  VERIFIED: ['REOPENED'],
  REOPENED: ['RECTIFYING'],
};

const FINGERPRINTED = ['regions', 'agencies', 'standards', 'filings', 'penalty_cases', 'problems', 'problem_events',
  'case_reviews', 'surveys', 'officers', 'training', 'complaints', 'power_items', 'tasks', 'progress_reports'];

/** One hash per table over its rows, without the bookkeeping columns that hold wall-clock times. */
async function fingerprints(store: Store): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of FINGERPRINTED) {
    const [row] = await store.query<{ fp: string }>(
      `select md5(coalesce(string_agg(r, E'\\n' order by r), '')) as fp
       from (select (to_jsonb(t) - 'created_at' - 'updated_at' - 'id')::text as r from ${table} t) x`);
    result[table] = row.fp;
  }
  return result;
}

describeStores('seed', (getStore, kind) => {
  let summary: SeedSummary;
  beforeAll(async () => {
    summary = await seedDemo(getStore(), { scale: SCALE, seed: 42 });
  });

  test('reports what it wrote and refuses a store that already has data', async () => {
    expect(summary.tables.penalty_cases).toBeGreaterThan(3_000);
    expect(summary.rows).toBe(Object.values(summary.tables).reduce((a, b) => a + b, 0));
    expect(await isStoreEmpty(getStore())).toBe(false);
    await expect(seedDemo(getStore(), { scale: SCALE, seed: 42 })).rejects.toThrow(/already has regions/);
  });

  test('the same seed gives the same rows, another seed other rows', async () => {
    const same = await createTestStore(kind);
    const other = await createTestStore(kind);
    try {
      expect(await isStoreEmpty(same.store)).toBe(true);
      await seedDemo(same.store, { scale: SCALE, seed: 42 });
      await seedDemo(other.store, { scale: SCALE, seed: 7 });
      const expected = await fingerprints(getStore());
      expect(await fingerprints(same.store)).toEqual(expected);
      const changed = await fingerprints(other.store);
      expect(changed.penalty_cases).not.toBe(expected.penalty_cases);
      expect(changed.filings).not.toBe(expected.filings);
    } finally {
      await same.dispose();
      await other.dispose();
    }
  });

  test('the city has its districts, zones and townships, and valid agency codes', async () => {
    const regions = await getStore().query<{ code: string; type: string }>(`select code, type from regions`);
    expect(regions.filter((r) => r.type === 'DISTRICT').map((r) => r.code).sort()).toEqual(['420702', '420703', '420704']);
    expect(regions.filter((r) => r.type === 'ZONE')).toHaveLength(2);
    const agencies = await getStore().query<{ code: string; active: boolean }>(
      `select code, (active_from is not null or active_to is not null) as active from agencies`);
    expect(agencies.length).toBeGreaterThanOrEqual(55);
    expect(agencies.filter((a) => usccProblem(a.code) !== null)).toEqual([]);
    expect(agencies.filter((a) => a.active).length).toBeGreaterThanOrEqual(2);
  });

  test('filings: exercised never exceeds total; some are late, missing, returned or resubmitted', async () => {
    const store = getStore();
    const filings = await store.query<{ year: number; quarter: number; status: string; epoch: number | null; exercised: number; total: number; reason: string | null }>(
      `select year, quarter, status, extract(epoch from submitted_at)::float8 as epoch,
              items_exercised as exercised, items_total as total, return_reason as reason from filings`);
    expect(filings.filter((f) => f.exercised > f.total)).toEqual([]);
    const submitted = filings.filter((f) => f.epoch !== null).map((f) => ({ ...f, at: new Date(f.epoch! * 1000) }));
    expect(submitted.some((f) => !isOnTime(f.year, f.quarter, f.at))).toBe(true);
    // Late in the city's time zone although still the due date in UTC.
    expect(submitted.some((f) => cityDate(f.at) > filingDueDate(f.year, f.quarter) && f.at.toISOString().slice(0, 10) <= filingDueDate(f.year, f.quarter))).toBe(true);
    expect(filings.some((f) => f.status === 'RETURNED' && f.reason)).toBe(true);
    expect(filings.some((f) => f.status === 'ACCEPTED' && f.reason)).toBe(true);

    const agencies = await store.query<{ from: string | null; to: string | null }>(`select active_from::text as from, active_to::text as to from agencies`);
    const due = agencies.flatMap((a) => PROGRAMME_YEARS.flatMap((y) => [1, 2, 3, 4].filter((q) =>
      (a.from ?? '0000') <= quarterEnd(y, q) && (a.to ?? '9999') >= quarterStart(y, q))));
    expect(filings.length).toBeLessThan(due.length);
  });

  test('filings reconcile with the penalty cases behind them', async () => {
    const mismatches = await getStore().query(
      `select f.agency_code, f.year, f.quarter from filings f
       left join (select agency_code, extract(year from decided_on)::int as year, extract(quarter from decided_on)::int as quarter,
                         count(*)::int as cases, sum(fine_yuan) as fines
                  from penalty_cases group by 1, 2, 3) c using (agency_code, year, quarter)
       where f.penalty_count <> coalesce(c.cases, 0) or f.fines_total_yuan <> coalesce(c.fines, 0)`);
    expect(mismatches).toEqual([]);
  });

  test('every problem follows the allowed status transitions; some reopen, some are overdue', async () => {
    const store = getStore();
    const events = await store.query<{ code: string; status: string; on: string }>(
      `select problem_code as code, status, status_on::text as on from problem_events order by problem_code, seq`);
    const histories = new Map<string, Array<{ status: string; on: string }>>();
    for (const e of events) histories.set(e.code, [...(histories.get(e.code) ?? []), e]);
    for (const [code, history] of histories) {
      expect(history[0].status, code).toBe('IDENTIFIED');
      for (let i = 1; i < history.length; i++) {
        expect(ALLOWED[history[i - 1].status], code).toContain(history[i].status);
        expect(history[i].on >= history[i - 1].on, code).toBe(true);
      }
    }
    const problems = await store.query<{ code: string; status: string; overdue: boolean }>(
      `select code, status, (deadline < date '2025-01-31' and status not in ('RECTIFIED', 'VERIFIED')) as overdue from problems`);
    expect(problems.length).toBe(histories.size);
    expect(problems.filter((p) => histories.get(p.code)!.at(-1)!.status !== p.status)).toEqual([]);
    expect(events.some((e) => e.status === 'REOPENED')).toBe(true);
    expect(problems.some((p) => p.overdue)).toBe(true);
  });

  test('discretion: out-of-band fines, 两轻两免 for first minor offences, and the 2024 revision', async () => {
    const [row] = await getStore().query<{ outside: number; lenient_first_minor: number; revised: number; retired: number }>(
      `select
         (select count(*)::int from penalty_cases p join standards s on s.violation_item_code = p.violation_item_code
            and s.band = p.band and p.decided_on between s.valid_from and coalesce(s.valid_to, date '9999-12-31')
          where p.leniency = 'NONE' and (p.fine_yuan < s.min_yuan or p.fine_yuan > s.max_yuan)) as outside,
         (select count(*)::int from penalty_cases where first_offence and band = 'MINOR' and leniency <> 'NONE') as lenient_first_minor,
         (select count(*)::int from standards where valid_from = date '2024-01-01') as revised,
         (select count(*)::int from standards where valid_to = date '2023-12-31') as retired`);
    expect(row.outside).toBeGreaterThan(0);
    expect(row.lenient_first_minor).toBeGreaterThan(0);
    expect(row.revised).toBeGreaterThan(0);
    expect(row.retired).toBe(row.revised);
  });

  test('the ranking has incomplete entries: an agency or region without reviews or surveys in a year', async () => {
    const [row] = await getStore().query<{ unreviewed: number; unsurveyed: number; region_unsurveyed: number }>(
      `with years(year) as (values (2022), (2023), (2024))
       select
         (select count(*)::int from agencies a cross join years y
          where not exists (select 1 from case_reviews r where r.agency_code = a.code and r.year = y.year)) as unreviewed,
         (select count(*)::int from agencies a cross join years y
          where not exists (select 1 from surveys s where s.agency_code = a.code and s.year = y.year)) as unsurveyed,
         (select count(*)::int from regions g cross join years y where g.type = 'ZONE'
          and not exists (select 1 from surveys s left join agencies a on a.code = s.agency_code
                          where s.year = y.year and (s.region_code = g.code or a.region_code = g.code))) as region_unsurveyed`);
    expect(row.unreviewed).toBeGreaterThan(0);
    expect(row.unsurveyed).toBeGreaterThan(0);
    expect(row.region_unsurveyed).toBeGreaterThan(0);
  });

  test('one audit event per table, by the seed', async () => {
    const events = await getStore().query<{ entity: string; actor: string }>(`select entity, actor from audit_events where actor = 'seed'`);
    expect(events.map((e) => e.entity).sort()).toEqual(Object.keys(summary.tables).sort());
  });
});

describe('seed command', () => {
  test('without --demo it is a usage error', async () => {
    const program = new Command('eqp').exitOverride();
    registerSeed(program);
    await expect(program.parseAsync(['node', 'eqp', 'seed'])).rejects.toMatchObject({ exitCode: EXIT.USAGE });
  });
});
