import type http from 'node:http';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import { Bindings } from '../../../warehouse/queries/scope.ts';
import { readCatalog, type MartTable } from '../../../warehouse/marts/catalog.ts';
import type { Services } from '../context.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { ErrorCode } from '../../../schema/common/errors.ts';
import { MART_FORMATS } from './formats.ts';

export const MARTS_PATH = '/api/marts';

class MartRequestError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string) {
    super(message);
  }
}

function sendError(res: http.ServerResponse, err: MartRequestError): void {
  res.writeHead(err.status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message: err.message, extensions: { code: err.code } }] }));
}

/** The published marts of the warehouse as it is now (cached per warehouse generation). */
async function marts(services: Services): Promise<MartTable[]> {
  return (await readCatalog((sql) => services.warehouse.query(sql))).filter((t) => t.kind === 'mart');
}

function listing(tables: MartTable[]) {
  return {
    marts: tables.map((t) => ({
      name: t.name,
      description: t.description,
      formats: Object.keys(MART_FORMATS).map((f) => `${MARTS_PATH}/${t.name}.${f}`),
      filters: ['year', ...(t.columns.some((c) => c.name === 'quarter') ? ['quarter'] : []), ...(t.scopedBy ? ['regionCode'] : [])],
      columns: t.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
    })),
  };
}

const regionRows = (table: MartTable, region: string) => table.scopedBy === 'agency'
  ? `m.agency_code in (select a.agency_code from dim_agency a join dim_region_closure c on c.descendant_code = a.region_code where c.ancestor_code = ${region})`
  : `m.region_code in (select descendant_code from dim_region_closure where ancestor_code = ${region})`;

function integerParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new MartRequestError(400, ErrorCode.BAD_USER_INPUT, `${name}: ${raw} is not an integer from ${min} to ${max}`);
  return Number(raw);
}

/**
 * The rows of `table` the viewer may download under the filters: ADMIN, ANALYST and LEADER
 * every row; SUPERVISOR its region and the regions under it; FILER its own agency (marts
 * without agencies are not its to download). PUBLIC is refused: a mart holds small cells that
 * the published GraphQL aggregates suppress, so downloads need a token.
 */
function martQuery(table: MartTable, viewer: Viewer, query: URLSearchParams) {
  if (viewer.role === 'PUBLIC') throw new MartRequestError(401, ErrorCode.UNAUTHENTICATED, 'mart downloads need a token: "Authorization: Bearer <token>" (or ?access_token=)');
  const b = new Bindings();
  const where: string[] = [];
  const has = (c: string) => table.columns.some((col) => col.name === c);
  const year = integerParam(query, 'year', 1900, 2999);
  if (year !== undefined) where.push(`m.year = ${b.value(year)}`);
  const quarter = integerParam(query, 'quarter', 1, 4);
  if (quarter !== undefined) {
    if (!has('quarter')) throw new MartRequestError(400, ErrorCode.BAD_USER_INPUT, `quarter: ${table.name} is yearly`);
    where.push(`m.quarter = ${b.value(quarter)}`);
  }
  const regionCode = query.get('regionCode');
  if (regionCode !== null) {
    if (!table.scopedBy) throw new MartRequestError(400, ErrorCode.BAD_USER_INPUT, `regionCode: ${table.name} has no region`);
    where.push(regionRows(table, b.value(regionCode)));
  }
  if (viewer.role === 'SUPERVISOR') where.push(table.scopedBy ? regionRows(table, b.value(viewer.regionCode!)) : 'false');
  if (viewer.role === 'FILER') {
    if (!has('agency_code')) throw new MartRequestError(403, ErrorCode.FORBIDDEN, `${table.name} has no agency rows: a FILER downloads its own agency's rows only`);
    where.push(`m.agency_code = ${b.value(viewer.agencyCode!)}`);
  }
  const sql = `${table.select}${where.length ? ` where ${where.join(' and ')}` : ''} order by all`;
  return { sql, params: b.params, types: b.types };
}

/** Accept-Encoding names gzip (or *) with a weight above 0. */
function wantsGzip(req: http.IncomingMessage): boolean {
  return String(req.headers['accept-encoding'] ?? '').split(',').some((entry) => {
    const [coding, ...params] = entry.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * GET /api/marts (the marts, their columns and descriptions) and GET /api/marts/NAME.csv|json|xlsx
 * (one mart, filtered by year, quarter and regionCode, within the token's scope), streamed
 * from DuckDB chunk by chunk and gzip-compressed when the client accepts it.
 */
export async function handleMarts(services: Services, req: http.IncomingMessage, res: http.ServerResponse, viewer: (authorization?: string) => Promise<Viewer>): Promise<void> {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new MartRequestError(405, ErrorCode.BAD_USER_INPUT, 'only GET');
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Some spreadsheet "From Web" dialogs cannot send headers: the RFC 6750 query parameter is accepted too.
    const token = url.searchParams.get('access_token');
    url.searchParams.delete('access_token');
    const who = await viewer(req.headers.authorization ?? (token ? `Bearer ${token}` : undefined));
    const tables = await marts(services);
    if (url.pathname === MARTS_PATH || url.pathname === `${MARTS_PATH}/`) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(listing(tables)));
      return;
    }
    const match = /^\/api\/marts\/([a-z0-9_]+)\.([a-z]+)$/.exec(url.pathname);
    const table = match && tables.find((t) => t.name === match[1]);
    if (!match || !table) throw new MartRequestError(404, ErrorCode.NOT_FOUND, `no such mart: see ${MARTS_PATH}`);
    const format = MART_FORMATS[match[2]];
    if (!format) throw new MartRequestError(404, ErrorCode.NOT_FOUND, `format .${match[2]}: use ${Object.keys(MART_FORMATS).map((f) => '.' + f).join(', ')}`);
    const unknown = [...url.searchParams.keys()].filter((k) => !['year', 'quarter', 'regionCode'].includes(k));
    if (unknown.length) throw new MartRequestError(400, ErrorCode.BAD_USER_INPUT, `unknown parameter ${unknown.join(', ')}: filters are year, quarter, regionCode`);
    const q = martQuery(table, who, url.searchParams);
    await stream(services, req, res, table, match[2], q);
  } catch (err) {
    if (res.headersSent) return void res.destroy(err as Error);
    if (err instanceof MartRequestError) return sendError(res, err);
    const code = (err as { extensions?: { code?: string } }).extensions?.code;
    if (code === ErrorCode.WAREHOUSE_NOT_READY) return sendError(res, new MartRequestError(503, code, (err as Error).message));
    throw err;
  }
}

async function stream(services: Services, req: http.IncomingMessage, res: http.ServerResponse, table: MartTable, extension: string, q: ReturnType<typeof martQuery>) {
  const format = MART_FORMATS[extension];
  const gzip = !format.compressed && wantsGzip(req);
  res.writeHead(200, {
    'content-type': format.contentType,
    'content-disposition': `attachment; filename="${table.name}.${extension}"`,
    'cache-control': 'private, no-store',
    vary: 'accept-encoding, authorization',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  let out: Writable = res;
  if (gzip) {
    const zip = createGzip();
    zip.pipe(res);
    out = zip;
  }
  const writer = format.writer(out, table.name, table.columns);
  await writer.start();
  await services.warehouse.stream(q.sql, q.params, q.types, (rows) => writer.rows(rows));
  await writer.end();
  out.end();
}
