import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { tempDir } from './helpers/warehouse.ts';
import { DEMO_CITY, seedDemo } from '../server/db/seed/index.ts';
import { runEtl } from '../etl/run.ts';

const RankingQuery = graphql(`
  query WebRanking($year: Int!, $level: Level!) {
    evaluationRanking(year: $year, level: $level) { regionCode agencyCode label labelEn compositeRounded composite rank bestRank worstRank quality satisfaction incomplete missing }
  }
`);

const WarningsQuery = graphql(`
  query WebWarnings($asOf: Date!) { warnings(asOf: $asOf) { level label } }
`);

const ComplianceQuery = graphql(`
  query WebCompliance($scope: Scope!) {
    enforcementCompliance(scope: $scope, groupBy: [REGION]) {
      label disclosuresDue disclosuresOnTime casesRecordKnown casesFullyRecorded legalReviewsRequired legalReviewsDone cases casesDisclosedOnTime
      seriousCases seriousCasesReviewed nonSiteCases enterpriseCases enterpriseCasesAssessed
      disclosureRate caseDisclosureOnTimeRate fullProcessRecordRate legalReviewRate seriousCaseReviewRate nonSiteRate enterpriseImpactRate
    }
  }
`);

const WorkforceQuery = graphql(`
  query WebWorkforce($year: Int!) {
    workforce(year: $year, groupBy: [REGION]) { label officersWithValidCertificate inspections penalties trainingComplianceRate inspectionsPerOfficer penaltiesPerOfficer }
  }
`);

const MetricsQuery = graphql(`
  query WebMetrics { metrics { name titleZh titleEn formula noteZh noteEn } }
`);

const AgenciesOfRegion = graphql(`
  query WebAgenciesOfRegion($scope: Scope!) { supervisionRates(scope: $scope, groupBy: [AGENCY]) { agencyCode label } }
`);

/** The cells of a table of the page, by its data-table name. */
const tableCells = (tp: TestPage, name: string) =>
  tp.page.$$eval(`[data-table="${name}"] tbody tr`, (rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')));

/** The ranking table's columns (rank, rank range, name, composite, …). */
const RANK = 0, RANGE = 1, NAME = 2, COMPOSITE = 3;

/** What the page shows for a composite score: two decimals, no grouping below 1,000. */
const twoDecimals = (value: number | null) => (value == null ? '—' : value.toFixed(2));
/** What the page shows for a rate: a percentage with one decimal. */
const percent = (rate: number | null) => (rate == null ? '—' : `${(rate * 100).toFixed(1)}%`);
/** A count as the Chinese page shows it: grouped by thousands. */
const grouped = (value: number | string) => Number(value).toLocaleString('zh-CN');

/** The hover text of a cell of a table of the page. */
const tipOf = (tp: TestPage, table: string, row: number, column: number) =>
  tp.page.getAttribute(`[data-table="${table}"] tbody tr:nth-child(${row + 1}) td:nth-child(${column + 1})`, 'title');

/**
 * 投诉举报办理 of the demo city (DEMO_CITY, seed 42), worked out from the seeded complaints table:
 * each complaint counted under the district-level region of its agency (市直 for the city's own)
 * and the year of receipt (Asia/Shanghai), by status (RESOLVED resolved, TRANSFERRED transferred,
 * RECEIVED or HANDLING open). Per district: received, resolved, transferred, open, then the
 * resolution rate (resolved / received) and the share transferred (transferred / received) as the
 * page rounds them, and the median days to resolution where worked by hand (临空经济区 only).
 */
const COMPLAINTS: Record<number, string[][]> = {
  2024: [
    ['鄂州市（市直）', '80', '77', '1', '2', '96.3%', '1.3%'],
    ['梁子湖区', '39', '37', '2', '0', '94.9%', '5.1%'],
    ['华容区', '45', '42', '1', '2', '93.3%', '2.2%'],
    ['鄂城区', '80', '77', '0', '3', '96.3%', '0.0%'],
    ['葛店开发区', '17', '15', '0', '2', '88.2%', '0.0%'],
    ['临空经济区', '10', '10', '0', '0', '100.0%', '0.0%'],
  ],
  2023: [
    ['鄂州市（市直）', '71', '69', '2', '0', '97.2%', '2.8%'],
    ['梁子湖区', '42', '41', '1', '0', '97.6%', '2.4%'],
    ['华容区', '46', '45', '1', '0', '97.8%', '2.2%'],
    ['鄂城区', '68', '65', '3', '0', '95.6%', '4.4%'],
    ['葛店开发区', '14', '11', '3', '0', '78.6%', '21.4%'],
    ['临空经济区', '16', '16', '0', '0', '100.0%', '0.0%'],
  ],
};
/**
 * 临空经济区's complaints, all RESOLVED, in days from receipt to resolution: 2024 4, 13, 13, 17,
 * 32, 32, 34, 36, 37, 37 (median (32 + 32) / 2 = 32); 2023 8, 8, 9, 17, 24, 26, 28, 28, 29, 29,
 * 30, 31, 33, 34, 36, 39 (median (28 + 29) / 2 = 28.5).
 */
const LINKONG_MEDIAN_DAYS: Record<number, string> = { 2024: '32.0', 2023: '28.5' };

/**
 * 问题线索移送纪检监察 of the demo city, worked from its seven planted clues (seed/demo/clues.ts)
 * and their steps, each under the district-level region of its agency and the year of its
 * registration: name, registered, transferred, with feedback, transferred / registered,
 * with feedback / transferred, median days from REGISTERED to TRANSFERRED.
 * 2023: XS2023-01 (市直, 2023-03-06 → 04-10: 35 days, feedback), XS2023-02 (新庙镇 of 鄂城区,
 * 06-12 → 07-10: 28 days, no feedback), XS2023-03 (华容区, 2023-12-18 → 2024-01-20: 33 days,
 * feedback; it counts in 2023, the year of registration).
 * 2024: XS2024-04 (华容区, 04-15 → 05-15: 30 days, feedback), XS2024-05 (葛店开发区, 11-18 →
 * 12-28: 40 days, no feedback), XS2024-06 (临江乡 of 华容区, still INVESTIGATING).
 * 2022: none. (XS2025-07 is registered in 2025, a year the page does not offer.)
 */
const CLUES: Record<number, string[][]> = {
  2024: [
    ['华容区', '2', '1', '1', '50.0%', '100.0%', '30.0'],
    ['葛店开发区', '1', '1', '0', '100.0%', '0.0%', '40.0'],
  ],
  2023: [
    ['鄂州市（市直）', '1', '1', '1', '100.0%', '100.0%', '35.0'],
    ['华容区', '1', '1', '1', '100.0%', '100.0%', '33.0'],
    ['鄂城区', '1', '1', '0', '100.0%', '0.0%', '28.0'],
  ],
};

/**
 * 任务清单推进情况 of three tasks of the demo's task list (seed/demo/tasks.ts and
 * progress-reports.ts, with the planted gaps), worked from their seeded progress reports by the
 * rule of taskProgress: a unit is expected when it has a report on the task in the half-year or
 * earlier and its latest earlier one is not DONE (then it is done earlier), and the lead unit
 * when it is a code, from the year of the task's phase; late when submitted after 15 July or
 * 15 January. Columns: phase, expected, reported, done, done earlier, mean progress, reported
 * late, not reported.
 * RW13 (lead a name): six units DONE in 2024H1, 临空经济区 at 20 then 55 and nothing for 2024H2.
 * RW15 (lead 420700, 鄂州市, expected from 2024): 华容区 30 → 60 → 90 (2024H2 on 2025-01-24,
 * late), four districts DONE in 2024H1, 临空经济区's 2023H2 report on 2024-01-22 (late).
 * RW17 (lead a name): 生态环境局 BLOCKED at 30 in 2023H2 and nothing since; three units DONE in
 * 2023H2, four in 2024H1 (华容区's on 2024-07-17, late); 2023H2 reports 57, 30, 100, 100, 63,
 * 100, 60, 59 (mean 569 / 8), 华容区's on 2024-01-18 (late).
 */
const TASKS: Record<string, Record<string, string[]>> = {
  '2024H2': {
    RW13: ['巩固提升', '1', '0', '0', '6', '—', '0', '临空经济区'],
    RW15: ['巩固提升', '2', '1', '0', '4', '90.0%', '1', '鄂州市'],
    RW17: ['巩固提升', '1', '0', '0', '7', '—', '0', '鄂州市生态环境局'],
  },
  '2024H1': {
    // RW13: (6 × 100 + 55) / 7 = 93.57.
    RW13: ['巩固提升', '7', '7', '6', '0', '93.6%', '0', ''],
    // RW15: (100 + 60 + 100 + 100 + 100) / 5.
    RW15: ['巩固提升', '6', '5', '4', '0', '92.0%', '0', '鄂州市'],
    RW17: ['巩固提升', '5', '4', '4', '3', '100.0%', '1', '鄂州市生态环境局'],
  },
  '2023H2': {
    // RW13: (57 + 67 + 65 + 66 + 66 + 66 + 20) / 7 = 58.14; RW15: (66 + 30 + 66 + 67 + 62) / 5 = 58.2; RW17: 569 / 8 = 71.125.
    RW13: ['巩固提升', '7', '7', '0', '0', '58.1%', '0', ''],
    RW15: ['巩固提升', '5', '5', '0', '0', '58.2%', '1', ''],
    RW17: ['巩固提升', '8', '8', '3', '0', '71.1%', '1', ''],
  },
};

describe('leadership dashboard in headless Chromium', () => {
  let browser: Browser;
  let t: TestServer;
  let tp: TestPage;
  let dir: string;
  let warehousePath: string;

  /** Waits until the page has drawn the given year and district (after any request it made). */
  const loaded = (year: number, district = '', agencies = false) =>
    tp.page.waitForFunction((want) => document.getElementById('app')?.dataset.loaded === want, `${year}:${district}:${agencies}`);

  /** Waits until every chart of the page is drawn (those below the fold are drawn as they come near, or in idle time). */
  const chartsDrawn = () => tp.page.waitForFunction(() => !document.querySelector('.chart:not([data-drawn])'));

  /** The complaints table: the hand-worked counts and rates of every district, and 临空经济区's median. */
  async function expectComplaints(year: number): Promise<void> {
    const cells = await tableCells(tp, 'complaints');
    expect(cells.map((c) => c.slice(0, 7))).toEqual(COMPLAINTS[year]);
    expect(cells.find((c) => c[0] === '临空经济区')![7]).toBe(LINKONG_MEDIAN_DAYS[year]);
  }

  /** The task panel's rows of RW13, RW15 and RW17 in the half-year its caption names. */
  async function expectTasks(year: number, half: 1 | 2): Promise<void> {
    await expect.poll(() => tp.page.textContent('[data-panel="task-progress"] h2 small')).toBe(` · ${year}年${half === 1 ? '上' : '下'}半年`);
    const cells = await tableCells(tp, 'task-progress');
    const rows = Object.fromEntries(Object.keys(TASKS[`${year}H${half}`]).map((code) => [code, cells.find((c) => c[0].startsWith(`${code} `))!.slice(1)]));
    expect(rows).toEqual(TASKS[`${year}H${half}`]);
  }

  beforeAll(async () => {
    dir = tempDir('web');
    warehousePath = path.join(dir, 'warehouse.duckdb');
    // Demo mode (the one-click read-only sign-in) over a store with the demo city but no warehouse yet.
    t = await startTestServer({ warehousePath, demoAuth: true });
    await seedDemo(t.app.services.store, DEMO_CITY);
    browser = await launchBrowser();
    tp = await openPage(browser, new URL(t.server.url).origin);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  // Each test leaves the page without a console warning or error, an uncaught error or a response ≥ 400 it did not expect.
  afterEach(() => {
    expect(tp.problems.splice(0)).toEqual([]);
  });

  test('a refused or expired token returns to sign-in with a clear message', async () => {
    const { page } = tp;
    await page.goto(new URL('/', t.server.url).href);
    await page.fill('#token', 'not-a-token');
    await tp.expectRefusal(401, async () => {
      await page.click('#sign-in');
      await expect.poll(() => page.textContent('.error')).toBe('令牌无效或已过期，请重新登录。');
    });
    expect(await page.evaluate(() => sessionStorage.getItem('eqp.token'))).toBeNull();

    const expiring = await t.token({ role: 'ANALYST', ttl: '1s' });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await page.fill('#token', expiring);
    await tp.expectRefusal(401, async () => {
      await page.click('#sign-in');
      await expect.poll(() => page.textContent('.error')).toBe('令牌无效或已过期，请重新登录。');
    });
    await tp.screenshot('dashboard-refused-token');
  });

  test('demo mode signs in with one click; a warehouse not built yet says so', async () => {
    const { page } = tp;
    await page.click('#demo-sign-in');
    await expect.poll(() => page.textContent('#notice h2')).toBe('数据仓库尚未生成');
    expect(await page.$$('.chart')).toHaveLength(0);
    // The token lives in sessionStorage, never in the address.
    expect(await page.evaluate(() => sessionStorage.getItem('eqp.token'))).toMatch(/^ey/);
    expect(page.url()).toBe(new URL('/', t.server.url).href);
    await tp.screenshot('dashboard-warehouse-not-built');
  });

  test('an ETL run landing a warehouse redraws the open page by itself', async () => {
    await runEtl(t.app.services.store, { warehousePath, full: true });
    await tp.page.waitForSelector('[data-table="ranking"] tbody tr', { timeout: 30_000 });
    expect(Number(await tp.page.evaluate(() => document.getElementById('app')!.dataset.refreshed))).toBeGreaterThanOrEqual(1);
    await chartsDrawn();
    await tp.screenshot('dashboard-overview');
    await tp.screenshot('dashboard-trend', '[data-panel="supervision-trend"]');
  });

  test('the ranking table shows the numbers of the GraphQL query', async () => {
    const year = Math.max(...(await tp.page.$$eval('#year option', (options) => options.map((o) => Number((o as HTMLOptionElement).value)))));
    await loaded(year);
    const { data } = await t.request(RankingQuery, { year, level: 'REGION' });
    const rows = await tableCells(tp, 'ranking');
    expect(rows.length).toBe(data!.evaluationRanking.length);
    expect(rows.map((r) => [r[RANK], r[NAME], r[COMPOSITE]])).toEqual(data!.evaluationRanking.map((e) => [e.rank == null ? '—' : String(e.rank), e.label, twoDecimals(e.compositeRounded)]));
    // How solid each rank is: best–worst over the neighbouring weight schemes; an incomplete entry has none and says what it misses.
    expect(rows.map((r) => r[RANGE])).toEqual(data!.evaluationRanking.map((e) => (e.bestRank == null ? '—' : `${e.bestRank}–${e.worstRank}`)));
    expect(rows.map((r) => r.at(-1))).toEqual(data!.evaluationRanking.map((e) => e.missing.join('; ')));
    const ranked = data!.evaluationRanking.filter((e) => e.rank != null);
    expect(ranked.length).toBeGreaterThan(1);
    expect(ranked.every((e) => e.bestRank! <= e.rank! && e.rank! <= e.worstRank!)).toBe(true);
    expect(await tp.page.$$eval('[data-table="ranking"] .range', (bars) => bars.length)).toBe(ranked.length);
    await tp.screenshot('dashboard-ranking', '[data-panel="ranking"]');
  });

  test('the agency ranking shows how solid each rank is, and what an incomplete entry misses', async () => {
    const year = Number(await tp.page.$eval('#year', (e) => (e as HTMLSelectElement).value));
    await tp.page.click('#level-agencies');
    await loaded(year, '', true);
    const { data } = await t.request(RankingQuery, { year, level: 'AGENCY' });
    // What an entry misses is named as the metric dictionary names it.
    const { data: dictionary } = await t.request(MetricsQuery, {});
    const title = (name: string) => dictionary!.metrics.find((m) => m.name === name)!.titleZh;
    const rows = await tableCells(tp, 'ranking');
    expect(rows.map((r) => [r[RANK], r[RANGE], r[NAME], r.at(-2), r.at(-1)])).toEqual(data!.evaluationRanking.map((e) => [
      e.rank == null ? '—' : String(e.rank), e.bestRank == null ? '—' : `${e.bestRank}–${e.worstRank}`, e.label, e.incomplete ? '是' : '', e.missing.map(title).join('; '),
    ]));
    expect(data!.evaluationRanking.some((e) => e.incomplete && e.missing.length > 0 && e.bestRank == null)).toBe(true);
    // The incomplete entries come last: scrolled into view for the screenshot.
    await tp.page.$eval('[data-panel="ranking"] .table-wrap', (wrap) => { wrap.scrollTop = wrap.scrollHeight; });
    await tp.screenshot('dashboard-ranking-agencies', '[data-panel="ranking"]');
    await tp.page.click('#level-regions');
    await loaded(year);
  });

  test('the 三项制度 panel shows the numbers of enforcementCompliance, each rate with its numerator and denominator on hover', async () => {
    const year = Number(await tp.page.$eval('#year', (e) => (e as HTMLSelectElement).value));
    const { data } = await t.request(ComplianceQuery, { scope: { years: [year] } });
    const { data: dictionary } = await t.request(MetricsQuery, {});
    const rows = data!.enforcementCompliance;
    expect(rows.length).toBeGreaterThan(1);
    // Column by column: the rate, and the fields of its numerator and denominator.
    const columns = [
      ['disclosureRate', 'disclosuresOnTime', 'disclosuresDue', '按时公示数', '应公示数'],
      ['caseDisclosureOnTimeRate', 'casesDisclosedOnTime', 'cases', '按时公示案件', '案件数'],
      ['fullProcessRecordRate', 'casesFullyRecorded', 'casesRecordKnown', '全过程记录案件', '记录情况已知案件'],
      ['legalReviewRate', 'legalReviewsDone', 'legalReviewsRequired', '已法制审核数', '应法制审核数'],
      ['seriousCaseReviewRate', 'seriousCasesReviewed', 'seriousCases', '其中经法制审核', '较重、严重案件'],
      ['nonSiteRate', 'nonSiteCases', 'cases', '非现场执法案件', '案件数'],
      ['enterpriseImpactRate', 'enterpriseCasesAssessed', 'enterpriseCases', '已评估经济影响', '涉企案件'],
    ] as const;
    const cells = await tableCells(tp, 'compliance');
    expect(cells.map((c) => c[0])).toEqual(rows.map((r) => r.label));
    expect(cells.map((c) => c.slice(1))).toEqual(rows.map((r) => columns.map(([rate]) => percent(r[rate]))));
    expect(rows.some((r) => r.disclosureRate != null && r.fullProcessRecordRate != null && r.legalReviewRate != null)).toBe(true);
    for (const [i, [rate, numerator, denominator, numeratorName, denominatorName]] of columns.entries()) {
      const r = rows[0];
      const metric = dictionary!.metrics.find((m) => m.name === rate)!;
      expect(await tipOf(tp, 'compliance', 0, i + 1)).toBe([
        `${percent(r[rate])} = ${grouped(r[numerator])} / ${grouped(r[denominator])}`,
        `分子: ${numeratorName} ${grouped(r[numerator])}`,
        `分母: ${denominatorName} ${grouped(r[denominator])}`,
        `定义: ${metric.titleZh} = ${metric.formula}${metric.noteZh ? `（${metric.noteZh}）` : ''}`,
      ].join('\n'));
    }
    await tp.screenshot('dashboard-compliance', '[data-panel="compliance"]');
    await chartsDrawn();
    await tp.screenshot('dashboard-compliance-chart', '[data-panel="compliance-chart"]');
  });

  test('the workforce panel shows training compliance and inspections and penalties per officer', async () => {
    const year = Number(await tp.page.$eval('#year', (e) => (e as HTMLSelectElement).value));
    const { data } = await t.request(WorkforceQuery, { year });
    const oneDecimal = (value: number | null) => (value == null ? '—' : value.toFixed(1));
    const cells = await tableCells(tp, 'workforce');
    expect(cells.map((c) => [c[0], c[3], c[4], c[5]])).toEqual(data!.workforce.map((r) => [r.label, percent(r.trainingComplianceRate), oneDecimal(r.inspectionsPerOfficer), oneDecimal(r.penaltiesPerOfficer)]));
    // By hand for the first district: inspections over officers.
    const first = data!.workforce[0];
    expect(Number(first.inspections) / Number(first.officersWithValidCertificate)).toBeCloseTo(first.inspectionsPerOfficer!, 9);
    const tip = await tipOf(tp, 'workforce', 0, 4);
    expect(tip).toMatch(new RegExp(`^${oneDecimal(first.inspectionsPerOfficer)} = ${grouped(first.inspections)} / ${grouped(first.officersWithValidCertificate)}\n分子: 行政检查数 .*\n分母: 持证人员 .*\n定义: 人均行政检查量 = inspections / officersWithValidCertificate`));
    await tp.screenshot('dashboard-workforce', '[data-panel="workforce"]');
  });

  test('the metric dictionary comes with the first request and is kept for the session', async () => {
    const bodies: string[] = [];
    const listen = (request: import('playwright-core').Request) => { if (new URL(request.url()).pathname === '/graphql') bodies.push(request.postData() ?? ''); };
    tp.page.on('request', listen);
    await tp.page.reload();
    const year = Number(await tp.page.waitForFunction(() => document.getElementById('app')?.dataset.operational).then((h) => h.jsonValue()).then((v) => String(v).split(':')[0]));
    tp.page.off('request', listen);
    expect(bodies.length).toBeLessThanOrEqual(6);
    // Learnt earlier in this session (the first load after the warehouse landed): not asked for again.
    const asked = bodies.map((b) => JSON.parse(b) as { query: string; variables: Record<string, unknown> });
    expect(asked.filter((b) => b.query.includes('metrics'))).toHaveLength(1);
    expect(asked.find((b) => b.query.includes('metrics'))!.variables.withMetrics).toBe(false);
    const { data } = await t.request(MetricsQuery, {});
    const rate = data!.metrics.find((m) => m.name === 'supervisionRate')!;
    expect(await tipOf(tp, 'ranking', 0, 5)).toBe(`定义: ${rate.titleZh} = ${rate.formula}（${rate.noteZh}）`);
    await loaded(year);
  });

  test('the warnings standing at the year end follow in their own request', async () => {
    const year = Number(await tp.page.$eval('#year', (e) => (e as HTMLSelectElement).value));
    await tp.page.waitForFunction((want) => document.getElementById('app')?.dataset.operational === want, `${year}::false`);
    const { data } = await t.request(WarningsQuery, { asOf: `${year}-12-31` });
    const rows = await tableCells(tp, 'warnings');
    expect(rows.map((r) => [r[0], r[2]])).toEqual(data!.warnings.map((w) => [w.level === 'RED' ? '红牌' : '黄牌', w.label]));
  });

  test('the complaints panel shows the year\'s complaints by district, each rate with its numerator and denominator on hover', async () => {
    const year = Number(await tp.page.$eval('#year', (e) => (e as HTMLSelectElement).value));
    expect(year).toBe(2024);
    await expectComplaints(2024);
    const { data: dictionary } = await t.request(MetricsQuery, {});
    const metric = (name: string) => dictionary!.metrics.find((m) => m.name === name)!;
    const definition = (name: string) => `定义: ${metric(name).titleZh} = ${metric(name).formula}${metric(name).noteZh ? `（${metric(name).noteZh}）` : ''}`;
    // 梁子湖区 (the second row): 37 of 39 resolved, 2 of 39 transferred.
    expect(await tipOf(tp, 'complaints', 1, 5)).toBe(['94.9% = 37 / 39', '分子: 办结数 37', '分母: 受理投诉举报数 39', definition('resolutionRate')].join('\n'));
    expect(await tipOf(tp, 'complaints', 1, 6)).toBe(['5.1% = 2 / 39', '分子: 移送纪检监察数 2', '分母: 受理投诉举报数 39', definition('complaintTransferRate')].join('\n'));
    expect(await tipOf(tp, 'complaints', 1, 7)).toBe(definition('medianDaysToResolution'));
    await tp.screenshot('dashboard-complaints', '[data-panel="complaints"]');
  });

  test('the clue transfers panel shows the year\'s clues by district, and by agency inside a district', async () => {
    expect((await tableCells(tp, 'clues'))).toEqual(CLUES[2024]);
    const { data: dictionary } = await t.request(MetricsQuery, {});
    const feedback = dictionary!.metrics.find((m) => m.name === 'clueFeedbackRate')!;
    expect(await tipOf(tp, 'clues', 1, 5)).toBe(['0.0% = 0 / 1', '分子: 已反馈线索数 0', '分母: 已移送线索数 1', `定义: ${feedback.titleZh} = ${feedback.formula}`].join('\n'));
    await tp.screenshot('dashboard-clues', '[data-panel="clues"]');
    // 华容区's two clues of 2024 under their agencies: the one still under investigation has no transfer, so no feedback rate and no median.
    await tp.page.click('[data-table="clues"] tbody tr:has(td.name:text-is("华容区"))');
    await loaded(2024, '420703');
    expect((await tableCells(tp, 'clues')).sort()).toEqual([
      ['华容区临江乡综合执法办公室', '1', '0', '0', '0.0%', '—', '—'],
      ['华容区市场监督管理局', '1', '1', '1', '100.0%', '100.0%', '30.0'],
    ]);
    await tp.page.click('#back');
    await loaded(2024);
  });

  test('the task list panel shows each task\'s reporting units in the year\'s latest half-year, and the other half on a click', async () => {
    await tp.page.waitForFunction(() => document.getElementById('app')?.dataset.operational === '2024::false');
    expect(await tableCells(tp, 'task-progress')).toHaveLength(20);
    await expectTasks(2024, 2);
    const rw15 = (await tableCells(tp, 'task-progress')).findIndex((c) => c[0].startsWith('RW15 '));
    expect(await tipOf(tp, 'task-progress', rw15, 0)).toBe('三(八)\n牵头单位: 鄂州市\n完成时限: 2024-12-31');
    expect(await tipOf(tp, 'task-progress', rw15, 3)).toBe('已报 1 / 应报 2');
    await tp.screenshot('dashboard-tasks', '[data-panel="task-progress"]');
    await tp.page.click('[data-panel="task-progress"] button[data-half="1"]');
    await expectTasks(2024, 1);
    expect(await tp.page.getAttribute('[data-panel="task-progress"] button[data-half="1"]', 'aria-pressed')).toBe('true');
    const [download] = await Promise.all([tp.page.waitForEvent('download'), tp.page.click('[data-panel="task-progress"] button.csv')]);
    expect(download.suggestedFilename()).toBe('task-progress-h1-2024.csv');
    await tp.page.click('[data-panel="task-progress"] button[data-half="2"]');
    await expectTasks(2024, 2);
  });

  test('switching the year redraws every panel for that year', async () => {
    await tp.page.selectOption('#year', '2023');
    await loaded(2023);
    const { data } = await t.request(RankingQuery, { year: 2023, level: 'REGION' });
    const rows = await tableCells(tp, 'ranking');
    expect(rows.map((r) => [r[NAME], r[COMPOSITE], r[RANGE]])).toEqual(data!.evaluationRanking.map((e) => [e.label, twoDecimals(e.compositeRounded), e.bestRank == null ? '—' : `${e.bestRank}–${e.worstRank}`]));
    const quarters = await tp.page.$eval('[data-chart="supervision-trend"]', (el) => el.querySelector('canvas') !== null);
    expect(quarters).toBe(true);
    await expectComplaints(2023);
    expect(await tableCells(tp, 'clues')).toEqual(CLUES[2023]);
    await expectTasks(2023, 2);
  });

  test('charts below the fold wait until they come near, and printing draws every one', async () => {
    await tp.page.evaluate(() => window.scrollTo(0, 0));
    // In one go in the page, so that no idle time draws a chart between the redraw and the counts.
    const counts = await tp.page.evaluate(() => new Promise<{ charts: number; waiting: number; printing: number }>((resolve) => {
      const app = document.getElementById('app')!;
      const waiting = () => document.querySelectorAll('.chart:not([data-drawn])').length;
      const observer = new MutationObserver(() => {
        if (app.dataset.loaded !== '2024::false') return;
        observer.disconnect();
        const before = waiting();
        window.dispatchEvent(new Event('beforeprint'));
        resolve({ charts: document.querySelectorAll('.chart').length, waiting: before, printing: waiting() });
        window.dispatchEvent(new Event('afterprint'));
      });
      observer.observe(app, { attributes: true, attributeFilter: ['data-loaded'] });
      const select = document.getElementById('year') as HTMLSelectElement;
      select.value = '2024';
      select.dispatchEvent(new Event('change'));
    }));
    expect(counts.charts).toBeGreaterThan(4);
    expect(counts.waiting).toBeGreaterThan(0);
    expect(counts.waiting).toBeLessThan(counts.charts);
    expect(counts.printing).toBe(0);
    // The page as printed (A4, no controls), for a reviewer to look at.
    await tp.page.emulateMedia({ media: 'print' });
    await chartsDrawn();
    await tp.screenshot('dashboard-print');
    await tp.page.emulateMedia({ media: 'screen' });
    await tp.page.selectOption('#year', '2023');
    await loaded(2023);
  });

  test('clicking a district shows the same page for its agencies', async () => {
    const { data: ranking } = await t.request(RankingQuery, { year: 2023, level: 'REGION' });
    const district = ranking!.evaluationRanking.find((e) => e.regionCode !== '420700')!;
    await tp.page.click(`[data-table="ranking"] tbody tr:has(td.name:text-is("${district.label}"))`);
    await loaded(2023, district.regionCode!);
    expect(await tp.page.textContent('.crumbs')).toContain(district.label);
    const { data } = await t.request(AgenciesOfRegion, { scope: { years: [2023], regionCodes: [district.regionCode!] } });
    const names = (await tableCells(tp, 'supervision')).map((r) => r[0]);
    expect(names.sort()).toEqual(data!.supervisionRates.map((r) => r.label).sort());
    // The ranking inside a district lists its agencies, ranked among all of the city's.
    const agencyRanking = (await tableCells(tp, 'ranking')).map((r) => r[NAME]);
    expect(agencyRanking.length).toBeGreaterThan(0);
    expect(agencyRanking.every((name) => names.includes(name))).toBe(true);
    // Every rate shows its numerator and denominator on hover, with its definition.
    const tip = await tp.page.getAttribute('[data-table="supervision"] tbody tr:first-child td:nth-child(3)', 'title');
    const { data: dictionary } = await t.request(MetricsQuery, {});
    const inspection = dictionary!.metrics.find((m) => m.name === 'inspectionRate')!;
    expect(tip).toMatch(/分子: 已完成检查 [\d,]+\n分母: 计划检查 [\d,]+\n/);
    expect(tip!.split('\n').at(-1)).toBe(`定义: ${inspection.titleZh} = ${inspection.formula}`);
    await chartsDrawn();
    await tp.screenshot('dashboard-district');
    // A line per agency: the legend scrolls beside the plot instead of crowding it.
    await tp.screenshot('dashboard-district-trend', '[data-panel="supervision-trend"]');
    await tp.page.click('#back');
    await loaded(2023);
  });

  test('the English switch translates the page and the names', async () => {
    await tp.page.click('#language');
    expect(await tp.page.textContent('.top h1')).toBe('Leadership dashboard');
    const { data } = await t.request(RankingQuery, { year: 2023, level: 'REGION' });
    expect((await tableCells(tp, 'ranking')).map((r) => r[NAME])).toEqual(data!.evaluationRanking.map((e) => e.labelEn));
    // The definitions on hover follow the language, from the same dictionary.
    const { data: dictionary } = await t.request(MetricsQuery, {});
    const disclosure = dictionary!.metrics.find((m) => m.name === 'disclosureRate')!;
    expect((await tipOf(tp, 'compliance', 0, 1))!.split('\n')).toEqual([
      expect.stringMatching(/^\d+\.\d% = [\d,]+ \/ [\d,]+$/), expect.stringMatching(/^Numerator: Disclosed on time /), expect.stringMatching(/^Denominator: Disclosures due /),
      `Definition: ${disclosure.titleEn} = ${disclosure.formula}`,
    ]);
    expect(await tp.page.textContent('[data-panel="compliance"] h2')).toBe('Three enforcement systems (三项制度)');
    expect(await tp.page.textContent('[data-panel="complaints"] h2')).toBe('Complaint handling');
    expect(await tp.page.textContent('[data-panel="clues"] h2')).toBe('Clue transfers to the discipline-inspection organs');
    expect(await tp.page.textContent('[data-panel="task-progress"] h2')).toBe('Progress of the task list · second half of 2023');
    expect(await tp.page.$$eval('[data-panel="task-progress"] th', (th) => th.map((e) => e.textContent))).toEqual(
      ['Task', 'Phase', 'Expected', 'Reported', 'Done', 'Done earlier', 'Mean progress', 'Reported late', 'Not reported']);
    expect((await tableCells(tp, 'task-progress')).find((c) => c[0].startsWith('RW13 '))![1]).toBe('Consolidation');
    await chartsDrawn();
    await tp.screenshot('dashboard-english');
    await tp.screenshot('dashboard-compliance-english', '[data-panel="compliance"]');
    await tp.screenshot('dashboard-tasks-english', '[data-panel="task-progress"]');
    await tp.page.click('#language');
    expect(await tp.page.textContent('.top h1')).toBe('领导驾驶舱');
  });

  test('a table downloads as CSV in UTF-8 with a byte-order mark, with the unrounded figures', async () => {
    const [download] = await Promise.all([tp.page.waitForEvent('download'), tp.page.click('[data-panel="ranking"] button.csv')]);
    expect(download.suggestedFilename()).toBe('ranking-2023.csv');
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('排名,名次区间,地区,综合得分,案卷质量,监管履行率,满意度,名次变化,数据不全,缺少');
    const { data } = await t.request(RankingQuery, { year: 2023, level: 'REGION' });
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 4))).toEqual(data!.evaluationRanking.map((e) => [e.bestRank == null ? '' : `${e.bestRank}–${e.worstRank}`, e.label, String(e.composite ?? '')]));

    const [png] = await Promise.all([tp.page.waitForEvent('download'), tp.page.click('[data-panel="supervision-trend"] button.png')]);
    expect(png.suggestedFilename()).toBe('supervision-trend-2023.png');
    expect([...fs.readFileSync((await png.path())!).subarray(1, 4)]).toEqual([...Buffer.from('PNG')]);
  });

  test('a chart below the fold downloads as PNG with the year\'s figures before it was ever scrolled to', async () => {
    const { page } = tp;
    const saved = async (download: import('playwright-core').Download) => fs.readFileSync((await download.path())!);
    const pngOf = async () => saved((await Promise.all([page.waitForEvent('download'), page.click('[data-panel="compliance-chart"] button.png')]))[0]);
    await chartsDrawn();
    const of2023 = await pngOf();
    // Back at the top, switch to 2024 and, in the same task as the redraw, ask for the chart's PNG.
    const asked = page.evaluate(() => new Promise<boolean>((resolve) => {
      window.scrollTo(0, 0);
      const app = document.getElementById('app')!;
      const observer = new MutationObserver(() => {
        if (app.dataset.loaded !== '2024::false') return;
        observer.disconnect();
        const waiting = !document.querySelector('[data-chart="compliance-chart"]')!.hasAttribute('data-drawn');
        document.querySelector<HTMLButtonElement>('[data-panel="compliance-chart"] button.png')!.click();
        resolve(waiting);
      });
      observer.observe(app, { attributes: true, attributeFilter: ['data-loaded'] });
      const select = document.getElementById('year') as HTMLSelectElement;
      select.value = '2024';
      select.dispatchEvent(new Event('change'));
    }));
    const [download, waiting] = await Promise.all([page.waitForEvent('download'), asked]);
    expect(waiting).toBe(true);
    const early = await saved(download);
    expect(download.suggestedFilename()).toBe('compliance-2024.png');
    // Not the previous year's picture left on the kept instance: the same as once the page has drawn everything.
    expect(early.equals(of2023)).toBe(false);
    await chartsDrawn();
    expect(early.equals(await pngOf())).toBe(true);
    await page.selectOption('#year', '2023');
    await loaded(2023);
  });

  test('no request left the test server and the page broke no policy', () => {
    expect(tp.external).toEqual([]);
    expect(tp.problems).toEqual([]);
  });
});
