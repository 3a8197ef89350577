import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';

/** The claims of a token (not verified: the server that signed it verifies it). */
const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
const get = (t: TestServer, path: string, accept = 'text/html') => fetch(new URL(path, t.server.url), { headers: { accept } });

describe('pages served by the server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => t?.close());

  test('the dashboard HTML is never cached, carries a self-only policy and names only hashed local assets', async () => {
    const response = await get(t, '/');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toContain('领导驾驶舱');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/^\/assets\/[\w-]+-[\w-]{8}\.(js|css|svg)$/);
    const script = await get(t, assets.find((a) => a.endsWith('.js'))!, '*/*');
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  test('every asset the pages name answers 200, the icon included (no /favicon.ico to miss)', async () => {
    const named = async (page: string) => [...(await (await get(t, page)).text()).matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    const pages = { '/': await named('/'), '/graphql': await named('/graphql') };
    for (const [page, assets] of Object.entries(pages)) {
      expect(assets.find((a) => a.endsWith('.svg')), `${page} links its icon`).toBeDefined();
      for (const asset of assets) {
        const response = await get(t, asset, '*/*');
        expect(response.status, asset).toBe(200);
        // Stylesheets may name assets of their own (GraphiQL's embeds its images as data: URLs).
        if (asset.endsWith('.css')) {
          for (const [, url] of (await response.text()).matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
            if (!url.startsWith('data:')) expect((await get(t, new URL(url, new URL(asset, t.server.url)).pathname, '*/*')).status, url).toBe(200);
          }
        } else await response.arrayBuffer();
      }
    }
    const icon = await get(t, pages['/'].find((a) => a.endsWith('.svg'))!, '*/*');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg /);
  });

  test('a path outside the assets is not served from them', async () => {
    // node:http sends the path as written (fetch would resolve the dots itself).
    const status = (path: string) => new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: t.server.port, path }, (res) => resolve(res.resume().statusCode!)).on('error', reject);
    });
    expect(await status('/assets/../../package.json')).toBe(404);
    expect(await status('/assets/..%2f..%2fpackage.json')).toBe(404);
    expect(await status('/assets/nothing-here.js')).toBe(404);
  });

  test('/graphql is the explorer for a browser and GraphQL for everything else', async () => {
    const page = await get(t, '/graphql');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('GraphQL');
    const query = await fetch(`${t.server.url}?query=${encodeURIComponent('{ meta { store } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect((await query.json()).data.meta.store).toBe('pglite');
  });

  test('outside demo mode there is no one-click sign-in', async () => {
    expect(await (await get(t, '/api/pages/config', 'application/json')).json()).toEqual({ demo: false, explorer: true });
    expect((await fetch(new URL('/api/pages/demo-sign-in', t.server.url), { method: 'POST' })).status).toBe(404);
  });
});

describe('pages in demo mode', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ demoAuth: true });
  });
  afterAll(async () => t?.close());

  test('the one-click sign-in hands out a read-only token', async () => {
    expect((await (await get(t, '/api/pages/config', 'application/json')).json()).demo).toBe(true);
    const { token } = await (await fetch(new URL('/api/pages/demo-sign-in', t.server.url), { method: 'POST' })).json();
    expect(claims(token).role).toBe('ANALYST');
    const write = await t.post('mutation { upsertRegion(input: { regionCode: "429999", name: "x", type: DISTRICT }) { name } }', undefined, token);
    expect(write.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('pages in production', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ production: true, demoAuth: true });
  });
  afterAll(async () => t?.close());

  test('the explorer follows introspection (off), the dashboard stays, demo sign-in is off', async () => {
    expect(await (await get(t, '/graphql')).text()).not.toContain('<html');
    expect((await get(t, '/')).status).toBe(200);
    expect(await (await get(t, '/api/pages/config', 'application/json')).json()).toEqual({ demo: false, explorer: false });
    expect((await get(t, '/api/pages/examples', 'application/json')).status).toBe(404);
  });

  test('INTROSPECTION=on brings the explorer back in production', async () => {
    const on = await startTestServer({ production: true, introspection: true });
    try {
      expect(await (await get(on, '/graphql')).text()).toContain('<html');
      expect((await on.post('{ __schema { queryType { name } } }')).body.data.__schema.queryType.name).toBe('Query');
    } finally {
      await on.close();
    }
  });
});
