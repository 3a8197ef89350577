import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's package (`.ci/run` installs it): playwright-core never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('.tmp', 'screenshots');

// Without the background-networking flags Chromium keeps reaching for Google's hosts.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any address other than the test server: blocked, and listed here. */
  external: string[];
  /**
   * Whatever the page should never do: an uncaught error, a console warning or error (a
   * Content-Security-Policy violation, a library's deprecation notice) and a response ≥ 400
   * from the test server, unless `expectRefusal` expected it.
   */
  problems: string[];
  /** Runs `action`, during which responses with `status` (and their console error) are expected, not problems; at least one must come. */
  expectRefusal<T>(status: number, action: () => Promise<T>): Promise<T>;
  /** The whole page, or only the element `selector` names (one panel, for a closer look). */
  screenshot(name: string, selector?: string): Promise<void>;
}

/** A fresh context (its own sessionStorage) whose every request off the test server is refused and recorded. */
export async function openPage(browser: Browser, origin: string): Promise<TestPage> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  const external: string[] = [];
  const problems: string[] = [];
  await context.route((url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:', (route) => {
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  /** The status a running expectRefusal allows, and how many such responses came. */
  let refusal: { status: number; seen: number } | undefined;
  page.on('pageerror', (err) => problems.push(`error: ${err.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'warning' && message.type() !== 'error') return;
    // Chromium's own line for a refused response: the response itself is checked below.
    if (refusal && message.text() === `Failed to load resource: the server responded with a status of ${refusal.status} (${statusText(refusal.status)})`) return;
    problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (new URL(response.url()).origin !== origin || response.status() < 400) return;
    if (refusal?.status === response.status()) refusal.seen++;
    else problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return {
    page, context, external, problems,
    async expectRefusal(status, action) {
      refusal = { status, seen: 0 };
      try {
        const result = await action();
        if (!refusal.seen) throw new Error(`expected a response with status ${status}, none came`);
        return result;
      } finally {
        refusal = undefined;
      }
    },
    async screenshot(name, selector) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await (selector ? page.locator(selector).screenshot({ path: file }) : page.screenshot({ path: file, fullPage: true }));
    },
  };
}

const statusText = (status: number) => http.STATUS_CODES[status] ?? '';
