import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { readmeExamples } from '../server/docs/examples.ts';

describe('GraphQL explorer in headless Chromium', () => {
  let browser: Browser;
  let t: TestServer;
  let tp: TestPage;

  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
    tp = await openPage(browser, new URL(t.server.url).origin);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // Each test leaves the page without a console warning or error, an uncaught error or a response ≥ 400 it did not expect.
  afterEach(() => {
    expect(tp.problems.splice(0)).toEqual([]);
  });

  test('opens at /graphql with the README examples as tabs', async () => {
    await tp.page.goto(t.server.url);
    await tp.page.waitForSelector('.graphiql-container .graphiql-tab', { timeout: 30_000 });
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThan(0);
    expect(await tp.page.locator('.graphiql-tab').count()).toBe(examples.length);
    const firstQuery = await tp.page.locator('.graphiql-query-editor .CodeMirror').evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    expect(firstQuery).toContain(examples[0].title);
    expect(firstQuery).toContain(examples[0].query.trim());
  });

  test('runs a query with the token from the header editor', async () => {
    const token = await t.token({ role: 'ADMIN', subject: 'explorer' });
    const { page } = tp;
    const setEditor = (selector: string, value: string) => page.locator(`${selector} .CodeMirror`).evaluate(
      (el, text) => (el as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(text), value);
    // A field PUBLIC may not read: it answers only with the token.
    const query = '{ agencies(first: 1) { totalCount } }';
    await setEditor('.graphiql-query-editor', query);
    await setEditor('.graphiql-editor-tool .graphiql-editor:not(.hidden)', JSON.stringify({ Authorization: `Bearer ${token}` }));
    // GraphiQL takes the operation name from the edited document after a debounce, then stores the
    // tab: run once it has stored the new document, or the tab's previous operation name would go
    // with it (and the server refuse it with a 400).
    await page.waitForFunction((edited) => Object.keys(sessionStorage).filter((key) => key.endsWith('tabState')).some((key) => {
      const state = JSON.parse(sessionStorage.getItem(key)!) as { tabs: Array<{ query: string; operationName: string | null }>; activeTabIndex: number };
      const tab = state.tabs[state.activeTabIndex];
      return tab.query === edited && !tab.operationName;
    }), query);
    await page.click('.graphiql-execute-button');
    await expect.poll(() => page.locator('.graphiql-response .CodeMirror').evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()), { timeout: 15_000 })
      .toContain('"totalCount": 0');
    await tp.screenshot('explorer-query');
  });

  test('shows the schema documentation', async () => {
    await tp.page.click('button[aria-label="Show Documentation Explorer"]');
    await tp.page.waitForSelector('.graphiql-doc-explorer');
    await tp.page.click('.graphiql-doc-explorer a:text-is("Query")');
    await expect.poll(() => tp.page.textContent('.graphiql-doc-explorer')).toContain('evaluationRanking');
    await tp.screenshot('explorer-docs');
  });

  test('not one request left the server', () => {
    expect(tp.external).toEqual([]);
    expect(tp.problems).toEqual([]);
  });
});
