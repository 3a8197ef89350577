import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { introspectionEnabled } from '../config.ts';
import { createToken } from '../auth/token.ts';
import { readmeExamples, REPOSITORY_ROOT } from '../docs/examples.ts';
import type { Services } from './context.ts';
import { WarehouseEvents } from './warehouse-events.ts';

/** Where `npm run build:web` (web/build.ts) writes the pages. */
export const WEB_DIST = path.join(REPOSITORY_ROOT, 'web', 'dist');

/**
 * Everything comes from this server: no inline script or style, no other origin. `data:` and
 * `blob:` images are the charts' PNG and the tables' CSV downloads made in the page itself.
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The read-only sign-in the dashboard offers in demo mode: the role `npm start` prints as read-only. */
const DEMO_READER = { role: 'ANALYST', subject: 'demo-reader', ttl: '8h' } as const;

export interface Pages {
  /** Answers the request when it is one of the pages' routes; false leaves it to the next handler. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): Promise<boolean>;
  close(): void;
}

/** Demo sign-in only with the generated demo secret and outside production (it hands out a token to anyone who asks). */
const demoMode = (services: Services) => Boolean(services.config.demoAuth && services.config.authSecret && !services.config.production);

function sendFile(res: http.ServerResponse, file: string, cacheControl: string): boolean {
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    return false;
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': cacheControl,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
  return true;
}

function sendPage(res: http.ServerResponse, name: string): true {
  if (sendFile(res, path.join(WEB_DIST, name), 'no-cache')) return true;
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('The pages have not been built: run `npm run build:web` (npm ci does it).\n');
  return true;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/** A browser asking for /graphql as a page (not a GET query, which carries `?query=`). */
const wantsExplorer = (req: http.IncomingMessage) =>
  (req.headers.accept ?? '').includes('text/html') && !(req.url ?? '').includes('query=');

/**
 * The dashboard at `/`, the GraphQL explorer at `/graphql` for a browser (while introspection
 * is on), their hashed assets under `/assets/` (cached for a year: the name changes with the
 * content), and the pages' small API: `/api/pages/config`, the demo sign-in, the explorer's
 * example tabs and the warehouse's server-sent events.
 */
export function createPages(services: Services): Pages {
  const events = new WarehouseEvents(services.warehouse);
  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> | boolean> = {
    '/': (_req, res) => sendPage(res, 'index.html'),
    '/index.html': (_req, res) => sendPage(res, 'index.html'),
    '/graphql': (req, res) => introspectionEnabled(services.config) && wantsExplorer(req) && sendPage(res, 'explorer.html'),
    '/api/pages/config': (_req, res) => sendJson(res, 200, { demo: demoMode(services), explorer: introspectionEnabled(services.config) }),
    '/api/pages/examples': (_req, res) => introspectionEnabled(services.config) && sendJson(res, 200, readmeExamples()),
    '/api/pages/events': (req, res) => {
      events.subscribe(req, res);
      return true;
    },
  };
  return {
    async handle(req, res, urlPath) {
      if (req.method === 'POST' && urlPath === '/api/pages/demo-sign-in') {
        if (!demoMode(services)) return sendJson(res, 404, { error: 'demo sign-in is only offered in demo mode' });
        return sendJson(res, 200, { token: await createToken(services.config.authSecret!, DEMO_READER) });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      if (urlPath.startsWith('/assets/')) {
        const file = path.join(WEB_DIST, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ''));
        if (file.startsWith(path.join(WEB_DIST, 'assets') + path.sep) && sendFile(res, file, 'public, max-age=31536000, immutable')) return true;
        return sendJson(res, 404, { error: 'not found' });
      }
      return (await routes[urlPath]?.(req, res)) ?? false;
    },
    close: () => events.close(),
  };
}
