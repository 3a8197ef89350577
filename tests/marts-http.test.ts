import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MARTS } from '../warehouse/marts/catalog.ts';
import { usccCheckCharacter } from '../server/domain/uscc.ts';
import { runImport } from '../etl/import/run-import.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { describeWithCity, tempDir, type LoadedCity } from './helpers/warehouse.ts';

const CITY_FILES = [
  'metrics/regions.csv', 'metrics/agencies.csv', 'metrics/standards.csv', 'metrics/officers.csv', 'metrics/training.csv',
  'metrics/filings.csv', 'metrics/penalties.csv', 'metrics/problems.csv', 'metrics/reviews.csv', 'metrics/surveys.csv',
];
const FORMULA_NAME = '=HYPERLINK("http://x","点击")';
const FORMULA_AGENCY = `11420702MB0000009${usccCheckCharacter('11420702MB0000009')}`;

/** A raw GET: status, headers and the body bytes exactly as sent (no automatic decompression). */
function get(base: string, pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(new URL(pathAndQuery, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

const csvRows = (body: Buffer) => body.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describeWithCity('GET /api/marts', async (city) => {
  await city.importFiles(CITY_FILES);
  // An agency whose name a spreadsheet would run as a formula.
  const file = path.join(city.dir, 'formula-agency.csv');
  fs.writeFileSync(file, `agencyCode,name,regionCode,level,kind,domains\n${FORMULA_AGENCY},"${FORMULA_NAME.replace(/"/g, '""')}",420702,DISTRICT,DEPARTMENT,TRANSPORT\n`);
  const summary = await runImport(city.server.app.services.store, [file], { accept: true, rejectsDir: path.join(city.dir, 'rejects'), actor: 'test' });
  expect(JSON.stringify(summary)).not.toMatch(/"rejected":[1-9]/);
  await city.etl(true);
}, (city: () => LoadedCity) => {
  const base = () => city().server.server.url.replace(/\/graphql$/, '');
  const bearer = async (claims: Parameters<TestServer['token']>[0]) => ({ authorization: `Bearer ${await city().server.token(claims)}` });
  const admin = () => bearer({ role: 'ADMIN' });
  const count = async (sql: string) => Number((await city().server.app.services.warehouse.query<{ n: number }>(sql))[0].n);

  test('the listing names every mart of the warehouse with its columns, descriptions and filters', async () => {
    const { status, body } = await get(base(), '/api/marts');
    expect(status).toBe(200);
    const { marts } = JSON.parse(body.toString());
    expect(marts.map((m: { name: string }) => m.name)).toEqual([...MARTS]);
    const supervision = marts.find((m: { name: string }) => m.name === 'mart_supervision_agency_quarter');
    expect(supervision.filters).toEqual(['year', 'quarter', 'regionCode']);
    expect(supervision.columns.find((c: { name: string }) => c.name === 'items_total').description).toEqual({ zh: '权责清单事项数', en: 'Power-list items' });
    const workforce = marts.find((m: { name: string }) => m.name === 'mart_workforce_year');
    expect(workforce.columns.map((c: { name: string }) => c.name)).toContain('agency_name');
    expect(workforce.filters).toEqual(['year', 'regionCode']);
  });

  test('CSV: UTF-8 with a BOM, a header of the listed columns, every row, formula-looking text neutralised', async () => {
    const { status, headers, body } = await get(base(), '/api/marts/mart_supervision_agency_quarter.csv', await admin());
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvRows(body);
    expect(lines[0].split(',')).toContain('agency_name');
    expect(lines.length - 1).toBe(await count('select count(*) as n from mart_supervision_agency_quarter'));
    expect(body.toString()).toContain('鄂城区市场监督管理局');
    const formula = lines.filter((l) => l.includes(FORMULA_AGENCY));
    expect(formula.length).toBeGreaterThan(0);
    for (const line of formula) expect(line).toContain(`"'=HYPERLINK(""http://x"",""点击"")"`);
  });

  test('JSON and XLSX carry the same rows, filtered by year and quarter', async () => {
    const expected = await count('select count(*) as n from mart_supervision_agency_quarter where year = 2023 and quarter = 2');
    expect(expected).toBeGreaterThan(0);
    const json = await get(base(), '/api/marts/mart_supervision_agency_quarter.json?year=2023&quarter=2', await admin());
    const rows = JSON.parse(json.body.toString());
    expect(rows.length).toBe(expected);
    expect(rows.every((r: { year: number; quarter: number }) => r.year === 2023 && r.quarter === 2)).toBe(true);
    expect(typeof rows[0].items_total).toBe('number');
    const xlsx = await get(base(), '/api/marts/mart_supervision_agency_quarter.xlsx?year=2023&quarter=2', await admin());
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(expected + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const first = rows.find((r: Record<string, unknown>) => r.agency_code === sheet.getRow(2).getCell(header.indexOf('agency_code') + 1).value);
    expect(sheet.getRow(2).getCell(header.indexOf('items_total') + 1).value).toBe(first.items_total);
  });

  test('regionCode selects the region and every region under it', async () => {
    const json = await get(base(), '/api/marts/mart_workforce_year.json?regionCode=420704', await admin());
    const agencies = new Set(JSON.parse(json.body.toString()).map((r: { agency_code: string }) => r.agency_code));
    expect(agencies).toEqual(new Set(await city().server.app.services.warehouse.query<{ agency_code: string }>(
      `select distinct agency_code from mart_workforce_year where agency_code in ('11420704MB0000004E', '11420704MB0000005H')`,
    ).then((r) => r.map((a) => a.agency_code))));
    const rectification = JSON.parse((await get(base(), '/api/marts/mart_rectification_quarter_end.json?regionCode=420703', await admin())).body.toString());
    expect(rectification.length).toBe(await count(`select count(*) as n from mart_rectification_quarter_end where region_code = '420703'`));
  });

  test('a SUPERVISOR downloads its region\'s rows, a FILER its agency\'s, PUBLIC and a bad token are refused', async () => {
    const supervisor = await bearer({ role: 'SUPERVISOR', regionCode: '420703' });
    const seen = JSON.parse((await get(base(), '/api/marts/mart_supervision_agency_quarter.json', supervisor)).body.toString());
    expect(seen.length).toBe(await count(`select count(*) as n from mart_supervision_agency_quarter where region_code = '420703'`));
    expect(new Set(seen.map((r: { region_code: string }) => r.region_code))).toEqual(new Set(['420703']));
    // The scope narrows a filter outside it to nothing rather than widening it.
    expect(JSON.parse((await get(base(), '/api/marts/mart_supervision_agency_quarter.json?regionCode=420702', supervisor)).body.toString())).toEqual([]);
    const filer = await bearer({ role: 'FILER', agencyCode: '11420704MB0000004E' });
    const own = JSON.parse((await get(base(), '/api/marts/mart_supervision_agency_quarter.json', filer)).body.toString());
    expect(own.length).toBe(await count(`select count(*) as n from mart_supervision_agency_quarter where agency_code = '11420704MB0000004E'`));
    expect((await get(base(), '/api/marts/mart_rectification_quarter_end.csv', filer)).status).toBe(403);
    const anonymous = await get(base(), '/api/marts/mart_supervision_agency_quarter.csv');
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await get(base(), '/api/marts/mart_supervision_agency_quarter.csv', { authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect((await get(base(), '/api/marts', { authorization: 'Bearer not-a-token' })).status).toBe(401);
    // The token as a query parameter, for spreadsheet dialogs that cannot send headers.
    const token = (await admin()).authorization.slice('Bearer '.length);
    expect((await get(base(), `/api/marts/mart_workforce_year.csv?access_token=${token}`)).status).toBe(200);
  });

  test('bad requests name what is wrong', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/marts/mart_nope.csv', 404, /no such mart/],
      ['/api/marts/mart_workforce_year.pdf', 404, /format \.pdf/],
      ['/api/marts/mart_workforce_year.csv?quarter=2', 400, /yearly/],
      ['/api/marts/mart_supervision_agency_quarter.csv?quarter=5', 400, /quarter: 5/],
      ['/api/marts/mart_supervision_agency_quarter.csv?year=abc', 400, /year: abc/],
      ['/api/marts/mart_supervision_agency_quarter.csv?region=1', 400, /unknown parameter region/],
    ];
    for (const [url, status, message] of cases) {
      const response = await get(base(), url, await admin());
      expect(response.status, url).toBe(status);
      expect(JSON.parse(response.body.toString()).errors[0].message, url).toMatch(message);
    }
  });

  test('gzip when the client accepts it: the same bytes, compressed', async () => {
    const plain = await get(base(), '/api/marts/mart_penalty_agency_quarter.csv', await admin());
    const zipped = await get(base(), '/api/marts/mart_penalty_agency_quarter.csv', { ...(await admin()), 'accept-encoding': 'br;q=1, gzip;q=0.8' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const refused = await get(base(), '/api/marts/mart_penalty_agency_quarter.csv', { ...(await admin()), 'accept-encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });
});

describe('GET /api/marts streams a large mart', () => {
  const ROWS = 400_000;
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    // A real warehouse file with one large mart (and the dimensions its names come from).
    dir = tempDir('marts-large');
    const warehousePath = path.join(dir, 'warehouse.duckdb');
    const instance = await DuckDBInstance.create(warehousePath);
    const duck = await instance.connect();
    await duck.run(`
      create table dim_region as select '4207' || lpad(i::varchar, 2, '0') as region_code, '区' || i as region_name from range(10) t(i);
      create table dim_region_closure as select region_code as ancestor_code, region_code as descendant_code from dim_region;
      create table dim_agency as select 'A' || i as agency_code, '单位' || i as agency_name, '4207' || lpad((i % 10)::varchar, 2, '0') as region_code from range(100) t(i);
      create table dim_domain as select 'FOOD_DRUG' as domain_code, '食品药品' as name_zh, 'Food and drugs' as name_en;
      create table mart_penalty_agency_quarter as
        select 2024 as year, (i % 4 + 1)::integer as quarter, 'A' || (i % 100) as agency_code, '4207' || lpad((i % 10)::varchar, 2, '0') as region_code,
          'FOOD_DRUG' as domain_code, 'ITEM' || i as violation_item_code, 'MINOR' as band, 'NONE' as leniency,
          (i % 7)::bigint as cases, (i % 1000)::decimal(18, 2) as fines_total_yuan
        from range(${ROWS}) t(i);`);
    duck.closeSync();
    instance.closeSync();
    server = await startTestServer({ warehousePath });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('every row arrives, chunked, while the server heap stays far below the size of the download', async () => {
    const base = server.server.url.replace(/\/graphql$/, '');
    const authorization = `Bearer ${await server.token({ role: 'ADMIN' })}`;
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    let bytes = 0;
    let lines = 0;
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      http.get(`${base}/api/marts/mart_penalty_agency_quarter.csv`, { headers: { authorization } }, (res) => {
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (const byte of chunk) if (byte === 0x0a) lines++;
        });
        res.on('end', () => resolve(res.headers));
        res.on('error', reject);
      }).on('error', reject);
    });
    clearInterval(sampler);
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(lines).toBe(ROWS + 1);
    expect(bytes).toBeGreaterThan(30_000_000);
    // Holding the mart (rows as JS values, or the whole text) would take several times its size.
    expect(peak - baseline).toBeLessThan(bytes / 2);
  }, 300_000);
});
