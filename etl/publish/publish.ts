import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readRows } from '../../warehouse/values.ts';
import { readCatalog, type MartTable } from '../../warehouse/marts/catalog.ts';
import { commentText, tableDescription, columnDescription } from '../../warehouse/marts/descriptions.ts';
import { ACCESS_SETUP, PUBLICATION_LOCK, PUBLISHED_SCHEMA, grantToLogins, rowSecurity } from './access.ts';
import { postgresType } from './pg-types.ts';
import { rateViews, type RateView } from './rate-views.ts';

export interface PublishReport {
  tables: Record<string, number>;
  views: string[];
  durationMs: number;
}

const STAGING = `${PUBLISHED_SCHEMA}_next`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Copies the marts of a built and checked warehouse file into the schema `analytics` of a
 * PostgreSQL server, in one transaction: a fresh staging schema is loaded (DuckDB writes each
 * table as CSV, streamed into COPY FROM STDIN), commented, given its rate views, row-level
 * security and grants, and then renamed over the previous one. A reader sees the previous
 * complete publication or the new one; a failure rolls everything back.
 */
export async function publishMarts(warehouseFile: string, url: string, progress: (m: string) => void = () => {}): Promise<PublishReport> {
  const started = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'eqp-publish-'));
  const instance = await DuckDBInstance.create(warehouseFile, { access_mode: 'READ_ONLY', threads: '2', memory_limit: '512MB' });
  const duck = await instance.connect();
  const client = new pg.Client({ connectionString: url, application_name: 'eqp publish' });
  try {
    const catalog = await readCatalog(async (sql) => readRows(await duck.runAndReadAll(sql)));
    await client.connect();
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [PUBLICATION_LOCK]);
    await client.query(ACCESS_SETUP);
    await client.query(`drop schema if exists ${STAGING} cascade; create schema ${STAGING}`);
    const tables: Record<string, number> = {};
    for (const table of catalog) {
      progress(`publish ${table.name}`);
      tables[table.name] = await loadTable(duck, client, table, path.join(scratch, `${table.name}.csv`));
    }
    const views = rateViews(catalog);
    for (const view of views) await createView(client, view);
    await client.query(`comment on schema ${STAGING} is ${literal('执法质量数据集市：聚合数据，不含个人信息（Enforcement-quality marts for BI: aggregates only, no personal data）')}`);
    await grantToLogins(client, STAGING);
    await swapInWithoutDeadlocks(client);
    await client.query('commit');
    return { tables, views: views.map((v) => v.name), durationMs: Date.now() - started };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw new Error(`BI publication failed (the previous publication stays): ${(err as Error).message}`, { cause: err });
  } finally {
    await client.end().catch(() => {});
    duck.closeSync();
    instance.closeSync();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function loadTable(duck: DuckDBConnection, client: pg.Client, table: MartTable, csvFile: string): Promise<number> {
  const columns = table.columns.map((c) => `${c.name} ${postgresType(c.type, `${table.name}.${c.name}`)}`);
  await client.query(`create table ${STAGING}.${table.name} (${columns.join(', ')})`);
  await duck.run(`copy (${table.select}) to ${literal(csvFile)} (format csv, header false)`);
  const copy = client.query(copyFrom(`copy ${STAGING}.${table.name} (${table.columns.map((c) => c.name).join(', ')}) from stdin with (format csv)`));
  await pipeline(fs.createReadStream(csvFile), copy);
  fs.rmSync(csvFile);
  const comments = [
    `comment on table ${STAGING}.${table.name} is ${literal(commentText(table.description))}`,
    ...table.columns.map((c) => `comment on column ${STAGING}.${table.name}.${c.name} is ${literal(commentText(c.description))}`),
  ];
  await client.query(comments.join(';\n'));
  const security = rowSecurity(STAGING, table);
  if (security) await client.query(security);
  await client.query(`analyze ${STAGING}.${table.name}`);
  return Number(copy.rowCount);
}

async function createView(client: pg.Client, view: RateView): Promise<void> {
  await client.query(view.sql(STAGING));
  const mart = tableDescription(view.mart);
  const comments = [
    `comment on view ${STAGING}.${view.name} is ${literal(`${mart.zh}：按 ${view.keys.join('、')} 汇总的比率（分子分母之和之比）（${mart.en}: rates as ratios of sums by ${view.keys.join(', ')}）`)}`,
    ...view.columns.map((c) => `comment on column ${STAGING}.${view.name}.${c} is ${literal(commentText(columnDescription(c)))}`),
  ];
  await client.query(comments.join(';\n'));
}

const LOCK_NOT_AVAILABLE = '55P03';
const DEADLOCK = '40P01';
const SWAP_ATTEMPTS = 100;

/**
 * A reader reading several marts at once can hold one table the swap wants while waiting for
 * another the swap already holds, and PostgreSQL then aborts one of them. So the swap never waits
 * while holding: it takes the tables with NOWAIT and, when one is busy, undoes only the swap (to a
 * savepoint, keeping the loaded publication) and tries again shortly; the last attempt waits.
 */
async function swapInWithoutDeadlocks(client: pg.Client): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const last = attempt === SWAP_ATTEMPTS;
    await client.query('savepoint swap');
    try {
      await swapIn(client, last);
      await client.query('release savepoint swap');
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (last || (code !== LOCK_NOT_AVAILABLE && code !== DEADLOCK)) throw err;
      await client.query('rollback to savepoint swap');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Takes every relation of the current publication exclusively (waiting for readers under way),
 * so a query that has resolved none of its tables yet resolves all of them in the new schema
 * once the renames commit, and one that holds an old table finishes before the swap.
 */
async function swapIn(client: pg.Client, wait: boolean): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind in ('r', 'v', 'm', 'p')`,
    [PUBLISHED_SCHEMA],
  );
  if (rows.length) await client.query(`lock table ${rows.map((r) => r.name).join(', ')} in access exclusive mode${wait ? '' : ' nowait'}`);
  await client.query(`drop schema if exists ${PUBLISHED_SCHEMA} cascade; alter schema ${STAGING} rename to ${PUBLISHED_SCHEMA}`);
}
