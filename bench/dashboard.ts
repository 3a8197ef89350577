import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../server/config.ts';
import { createApp } from '../server/app.ts';
import { startHttpServer } from '../server/http/server.ts';
import { createToken } from '../server/auth/token.ts';
import { DEMO_CITY, isStoreEmpty, seedDemo } from '../server/db/seed/index.ts';
import { runEtl } from '../etl/run.ts';
import { buildWeb } from '../web/build.ts';
import { WEB_DIST } from '../server/http/pages.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { BENCH_AUTH_SECRET, WORK } from './lib/paths.ts';
import type { Benchmark, Figure } from './lib/results.ts';

/** The issue's budgets: each figure is the budget over what was measured (above 1 = within budget). */
const BUDGET = { jsGzipKiB: 500, firstPaintMs: 1_500, requests: 6, yearSwitchMs: 300 };
const LOADS = 5;
const SWITCHES = 6;

/**
 * One year switch, from the change to the redrawn page two frames later, and where its time went:
 * the GraphQL request (until its answer is parsed), building the page's DOM, drawing the charts
 * drawn before the page is shown, and the frames (layout, paint, anything else) until the end.
 */
interface Switch {
  total: number;
  request: number;
  build: number;
  charts: number;
  frames: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Every script the dashboard's HTML loads (entry and preloaded chunks), gzipped as a server would send them. */
function dashboardScriptsGzipKiB(): number {
  const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return scripts.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(WEB_DIST, file))).length, 0) / 1024;
}

function figure(name: string, unit: string, ours: number, budget: number, lowerIsBetter = true): Figure {
  const ratio = lowerIsBetter ? budget / ours : ours / budget;
  return { case: name, unit, ours: Math.round(ours * 10) / 10, against: 'budget (issue 10)', baseline: budget, ratio: Math.round(ratio * 100) / 100, goal: `≤ ${budget} ${unit}`, met: ours <= budget };
}

export const dashboardBenchmark: Benchmark = {
  name: 'dashboard',
  title: 'Leadership dashboard in headless Chromium on the demo city (loopback): JS size, first paint, requests, year switch',
  async run(log) {
    await buildWeb();
    const dir = path.join(WORK, 'dashboard');
    fs.mkdirSync(dir, { recursive: true });
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dir, AUTH_SECRET: BENCH_AUTH_SECRET }), port: 0 };
    const app = await createApp(config);
    const server = await startHttpServer(app.apollo, app.services, 0);
    const browser = await launchBrowser();
    try {
      if (await isStoreEmpty(app.services.store)) {
        log('seeding the demo city');
        await seedDemo(app.services.store, DEMO_CITY);
      }
      if (!fs.existsSync(config.warehousePath)) await runEtl(app.services.store, { warehousePath: config.warehousePath, full: true });
      const token = await createToken(BENCH_AUTH_SECRET, { role: 'ANALYST', ttl: '1h' });
      const origin = `http://localhost:${server.port}`;

      const paints: number[] = [];
      const requests: number[] = [];
      // The warnings and the task list's progress come from the operational store in a request of their own, after the panels.
      const operationalDrawn: number[] = [];
      const requestMs: number[][] = [];
      for (let i = 0; i < LOADS; i++) {
        // A new context each time: an empty cache, as the first visit of the day.
        const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
        await context.addInitScript((t) => sessionStorage.setItem('eqp.token', t), token);
        const page = await context.newPage();
        let graphql = 0;
        page.on('request', (r) => { if (new URL(r.url()).pathname === '/graphql') graphql++; });
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => performance.getEntriesByName('eqp:drawn').length > 0);
        paints.push(await page.evaluate(() => performance.getEntriesByName('eqp:drawn')[0].startTime));
        await page.waitForFunction(() => performance.getEntriesByName('eqp:operational').length > 0);
        operationalDrawn.push(await page.evaluate(() => performance.getEntriesByName('eqp:operational')[0].startTime));
        requests.push(graphql);
        // Where the time goes: the GraphQL requests' own durations (server and loopback) within the load.
        requestMs.push(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql')).map((r) => Math.round(r.duration))));
        if (i < LOADS - 1) await context.close();
        else {
          // Warm: the same page switches between the last two years, timed from the change to the redrawn page.
          const years = await page.$$eval('#year option', (o) => o.map((x) => (x as HTMLOptionElement).value));
          const switches: Switch[] = [];
          for (let s = 0; s < SWITCHES; s++) {
            switches.push(await page.evaluate((year) => new Promise<Switch>((resolve) => {
              const app = document.getElementById('app')!;
              const select = document.getElementById('year') as HTMLSelectElement;
              const started = performance.now();
              const observer = new MutationObserver(() => {
                if (!app.dataset.loaded?.startsWith(`${year}:`)) return;
                observer.disconnect();
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  const total = performance.now() - started;
                  // The page's own marks of this switch (its request answered, the page built, each chart drawn), the last of each.
                  // No named functions in here: tsx would wrap them in a helper the page does not have.
                  const [answered, built, chart] = ['eqp:answered', 'eqp:built', 'eqp:chart'].map((name) =>
                    Math.max(started, ...performance.getEntriesByName(name).map((e) => e.startTime).filter((at) => at >= started)));
                  const charts = Math.max(built, chart);
                  resolve({ total, request: answered - started, build: built - answered, charts: charts - built, frames: started + total - charts });
                }));
              });
              observer.observe(app, { attributes: true, attributeFilter: ['data-loaded'] });
              select.value = year;
              select.dispatchEvent(new Event('change'));
            }), years.at(s % 2 === 0 ? -2 : -1)!));
          }
          const parts = (['request', 'build', 'charts', 'frames'] as const).map((part) => [part, median(switches.map((x) => x[part]))] as const);
          log(`year switches (ms): ${switches.map((x) => x.total.toFixed(0)).join(', ')}; medians: ${parts.map(([part, ms]) => `${part} ${ms.toFixed(0)}`).join(', ')}`);
          await context.close();
          const jsKiB = dashboardScriptsGzipKiB();
          log(`first paints (ms): ${paints.map((v) => v.toFixed(0)).join(', ')}; operational panels drawn (ms): ${operationalDrawn.map((v) => v.toFixed(0)).join(', ')}; GraphQL requests: ${requests.join(', ')}; JS ${jsKiB.toFixed(1)} KiB gzipped`);
          return {
            figures: [
              figure('dashboard JavaScript, gzipped', 'KiB', jsKiB, BUDGET.jsGzipKiB),
              figure(`first meaningful paint of the overview (median of ${LOADS} cold loads)`, 'ms', median(paints), BUDGET.firstPaintMs),
              figure('GraphQL requests of the overview (most of any load)', 'requests', Math.max(...requests), BUDGET.requests),
              figure(`year switch, warm server (median of ${SWITCHES})`, 'ms', median(switches.map((x) => x.total)), BUDGET.yearSwitchMs),
            ],
            details: { paintsMs: paints, operationalDrawnMs: operationalDrawn, requests, graphqlRequestMs: requestMs, yearSwitchesMs: switches.map((x) => x.total), yearSwitchSplitMs: Object.fromEntries(parts), yearSwitches: switches, loadAverage: os.loadavg() },
          };
        }
      }
      throw new Error('unreachable');
    } finally {
      await browser.close();
      await server.close();
      await app.close();
    }
  },
};
