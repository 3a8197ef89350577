import fs from 'node:fs';
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
  /** Content-Security-Policy violations and uncaught errors the page reported. */
  problems: string[];
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
  page.on('pageerror', (err) => problems.push(`error: ${err.message}`));
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`csp: ${message.text()}`);
  });
  return {
    page, context, external, problems,
    async screenshot(name, selector) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await (selector ? page.locator(selector).screenshot({ path: file }) : page.screenshot({ path: file, fullPage: true }));
    },
  };
}
