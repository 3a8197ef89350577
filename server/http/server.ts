import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { createRequestContext, type RequestContext, type Services } from './context.ts';
import { viewerFromAuthorization } from '../auth/token.ts';
import { recordDenial } from '../auth/denial.ts';
import { PUBLIC_VIEWER } from '../auth/viewer.ts';
import { handleInternalCommand } from '../handoff/endpoint.ts';
import type { CommandContext } from '../handoff/commands.ts';
import { timeoutError, withDeadline } from './limits/deadline.ts';
import { ErrorCode } from '../../schema/common/errors.ts';
import { handleMarts, MARTS_PATH } from './marts/routes.ts';
import { createPages } from './pages.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_INTERNAL_BODY_BYTES = 10_000_000;
/** /readyz answers within this even when a store hangs rather than refuses. */
const READY_PROBE_MS = 2_000;

/**
 * Reads a request body up to `limit` bytes. Past it the request is refused (413) but the rest
 * is read and dropped, up to ten times the limit, so the client receives the answer instead of
 * a reset connection; a client sending more than that is cut off.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 10 * limit) req.destroy();
      else if (size > limit) {
        chunks.length = 0;
        reject(Object.assign(new Error(`request body larger than ${limit} bytes`), { status: 413 }));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The viewer of the request; a refused token is audited like any other denial. */
async function authenticate(services: Services, authorization: string | undefined) {
  try {
    return await viewerFromAuthorization(authorization, services.config.authSecret);
  } catch (err) {
    await recordDenial(services.store, { ...PUBLIC_VIEWER, subject: 'anonymous' }, { entity: 'token', entityKey: 'bearer', reason: (err as Error).message });
    throw err;
  }
}

/** A readiness check's answer, or `fallback` when it takes longer than the probe may. */
const probe = <T>(check: Promise<T>, fallback: T) =>
  Promise.race([check, new Promise<T>((resolve) => setTimeout(resolve, READY_PROBE_MS, fallback).unref())]);

async function handleGraphql(apollo: ApolloServer<RequestContext>, services: Services, req: http.IncomingMessage, res: http.ServerResponse) {
  const headers = new HeaderMap();
  for (const key in req.headers) {
    const value = req.headers[key];
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const raw = req.method === 'POST' ? await readBody(req, services.config.maxBodyBytes) : '';
  let body: unknown = raw;
  if (raw && (headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }
  const query = req.url?.indexOf('?') ?? -1;
  const { requestTimeoutMs } = services.config;
  const outcome = await withDeadline(requestTimeoutMs, (deadline) => apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: query < 0 ? '' : req.url!.slice(query), body },
    context: async () => createRequestContext(services, await authenticate(services, req.headers.authorization), deadline),
  }));
  if (outcome.timedOut) {
    return sendJson(res, 503, { errors: [{ message: timeoutError(requestTimeoutMs).message, extensions: { code: ErrorCode.TIMEOUT } }] });
  }
  const response = outcome.value;
  res.statusCode = response.status ?? 200;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export interface InternalEndpoint {
  key: string;
  context: CommandContext;
}

/**
 * Serves /graphql, /healthz (process up), /readyz (stores reachable) and the pages (server/http/pages.ts) over node:http, and
 * with `internal`, the loopback-only command hand-off of server/handoff.
 */
export async function startHttpServer(apollo: ApolloServer<RequestContext>, services: Services, port: number, internal?: InternalEndpoint): Promise<RunningServer> {
  let closing = false;
  const pages = createPages(services);
  const server = http.createServer((req, res) => {
    // While draining, every answer closes its connection so keep-alive clients move on.
    if (closing) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0];
    const route = async () => {
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        // Ready when the store answers and the warehouse is readable or simply not built yet
        // (a fresh `eqp serve` before its first ETL still serves the operational API).
        const [store, warehouse] = await Promise.all([probe(services.store.ping(), false), probe(services.warehouse.status(), 'unavailable' as const)]);
        const ready = store && warehouse !== 'unavailable';
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', store, warehouse });
      }
      if (await pages.handle(req, res, path)) return;
      if (path === '/graphql') return handleGraphql(apollo, services, req, res);
      if (path === MARTS_PATH || path.startsWith(`${MARTS_PATH}/`)) return handleMarts(services, req, res, (authorization) => authenticate(services, authorization));
      if (internal && path.startsWith('/internal/commands/') && req.method === 'POST') {
        const { status, json } = await handleInternalCommand(req, await readBody(req, MAX_INTERNAL_BODY_BYTES), internal.context, internal.key);
        return sendJson(res, status, json);
      }
      return sendJson(res, 404, { error: 'not found' });
    };
    route().catch((err: Error & { status?: number; extensions?: GraphQLError['extensions'] }) => {
      if (res.headersSent) return res.end();
      const status = err.status ?? (err.extensions?.code === 'UNAUTHENTICATED' ? 401 : 500);
      sendJson(res, status, { errors: [{ message: status === 500 ? 'Internal server error' : err.message, extensions: { code: err.extensions?.code ?? (status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR') } }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    port: actualPort,
    /** Stops accepting, lets in-flight requests finish (each bounded by the request timeout), then resolves. */
    close: () => new Promise<void>((resolve) => {
      closing = true;
      pages.close();
      const force = setTimeout(() => server.closeAllConnections(), services.config.requestTimeoutMs + 5_000).unref();
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      server.closeIdleConnections();
    }),
  };
}
