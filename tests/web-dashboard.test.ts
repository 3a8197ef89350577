import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

describe('leadership dashboard in headless Chromium', () => {
  let browser: Browser;
  let t: TestServer;
  let tp: TestPage;
  let dir: string;
  let warehousePath: string;

  /** Waits until the page has drawn the given year and district (after any request it made). */
  const loaded = (year: number, district = '', agencies = false) =>
    tp.page.waitForFunction((want) => document.getElementById('app')?.dataset.loaded === want, `${year}:${district}:${agencies}`);

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

  test('a refused or expired token returns to sign-in with a clear message', async () => {
    const { page } = tp;
    await page.goto(new URL('/', t.server.url).href);
    await page.fill('#token', 'not-a-token');
    await page.click('#sign-in');
    await expect.poll(() => page.textContent('.error')).toBe('令牌无效或已过期，请重新登录。');
    expect(await page.evaluate(() => sessionStorage.getItem('eqp.token'))).toBeNull();

    const expiring = await t.token({ role: 'ANALYST', ttl: '1s' });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await page.fill('#token', expiring);
    await page.click('#sign-in');
    await expect.poll(() => page.textContent('.error')).toBe('令牌无效或已过期，请重新登录。');
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
    await tp.page.waitForTimeout(300); // charts draw on the next animation frame
    await tp.screenshot('dashboard-overview');
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
    const rows = await tableCells(tp, 'ranking');
    expect(rows.map((r) => [r[RANK], r[RANGE], r[NAME], r.at(-2), r.at(-1)])).toEqual(data!.evaluationRanking.map((e) => [
      e.rank == null ? '—' : String(e.rank), e.bestRank == null ? '—' : `${e.bestRank}–${e.worstRank}`, e.label, e.incomplete ? '是' : '', e.missing.join('; '),
    ]));
    expect(data!.evaluationRanking.some((e) => e.incomplete && e.missing.length > 0 && e.bestRank == null)).toBe(true);
    // The incomplete entries come last: scrolled into view for the screenshot.
    await tp.page.$eval('[data-panel="ranking"] .table-wrap', (wrap) => { wrap.scrollTop = wrap.scrollHeight; });
    await tp.screenshot('dashboard-ranking-agencies', '[data-panel="ranking"]');
    await tp.page.click('#level-regions');
    await loaded(year);
  });

  test('the warnings standing at the year end follow in their own request', async () => {
    const year = Number(await tp.page.$eval('#year', (e) => (e as HTMLSelectElement).value));
    await tp.page.waitForFunction((want) => document.getElementById('app')?.dataset.warnings === want, `${year}::false`);
    const { data } = await t.request(WarningsQuery, { asOf: `${year}-12-31` });
    const rows = await tableCells(tp, 'warnings');
    expect(rows.map((r) => [r[0], r[2]])).toEqual(data!.warnings.map((w) => [w.level === 'RED' ? '红牌' : '黄牌', w.label]));
  });

  test('switching the year redraws every panel for that year', async () => {
    await tp.page.selectOption('#year', '2023');
    await loaded(2023);
    const { data } = await t.request(RankingQuery, { year: 2023, level: 'REGION' });
    const rows = await tableCells(tp, 'ranking');
    expect(rows.map((r) => [r[NAME], r[COMPOSITE], r[RANGE]])).toEqual(data!.evaluationRanking.map((e) => [e.label, twoDecimals(e.compositeRounded), e.bestRank == null ? '—' : `${e.bestRank}–${e.worstRank}`]));
    const quarters = await tp.page.$eval('[data-chart="supervision-trend"]', (el) => el.querySelector('canvas') !== null);
    expect(quarters).toBe(true);
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
    expect(tip).toMatch(/分子: 已完成检查 \d+\n分母: 计划检查 \d+\n定义: 检查完成率 = /);
    await tp.page.waitForTimeout(300);
    await tp.screenshot('dashboard-district');
    await tp.page.click('#back');
    await loaded(2023);
  });

  test('the English switch translates the page and the names', async () => {
    await tp.page.click('#language');
    expect(await tp.page.textContent('.top h1')).toBe('Leadership dashboard');
    const { data } = await t.request(RankingQuery, { year: 2023, level: 'REGION' });
    expect((await tableCells(tp, 'ranking')).map((r) => r[NAME])).toEqual(data!.evaluationRanking.map((e) => e.labelEn));
    await tp.page.waitForTimeout(300);
    await tp.screenshot('dashboard-english');
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

  test('no request left the test server and the page broke no policy', () => {
    expect(tp.external).toEqual([]);
    expect(tp.problems).toEqual([]);
  });
});
