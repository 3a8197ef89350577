import { DuckDBInstance } from '@duckdb/node-api';
import { createToken } from '../../server/auth/token.ts';
import { loadConfig } from '../../server/config.ts';
import { createApp } from '../../server/app.ts';
import { OPERATOR_VIEWER } from '../../server/auth/viewer.ts';
import { Warehouse, type Params, type ParamTypes } from '../../warehouse/client.ts';
import type { SeededDatabase, BuiltWarehouse } from './datasets.ts';
import { measureSerial } from './load.ts';
import { BENCH_AUTH_SECRET, WORK } from './paths.ts';
import { graphql, startOurServer } from './processes.ts';
import { ANALYTICS_QUERIES } from '../analytics-queries.ts';

export const SERIAL_RUNS = 30;

/** A warehouse that notes every statement it runs: the SQL behind one GraphQL analytics query. */
class RecordingWarehouse extends Warehouse {
  statements: Array<{ sql: string; params?: Params; types?: ParamTypes }> = [];
  override query<T>(sql: string, params?: Params, types?: ParamTypes): Promise<T[]> {
    this.statements.push({ sql, params, types });
    return super.query<T>(sql, params, types);
  }
}

/**
 * The DuckDB statements each analytics query issues once warm (names and other per-generation
 * reads already cached), recorded by running it in-process.
 */
export async function recordStatements(db: SeededDatabase, wh: BuiltWarehouse) {
  const app = await createApp(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', DATA_DIR: `${WORK}/data`, WAREHOUSE_PATH: wh.path }));
  const recording = new RecordingWarehouse(wh.path);
  app.services.warehouse = recording;
  try {
    const recorded: Record<string, RecordingWarehouse['statements']> = {};
    for (const q of ANALYTICS_QUERIES) {
      for (let i = 0; i < 2; i++) {
        recording.statements = [];
        const result = await app.execute(q.graphql, undefined, OPERATOR_VIEWER);
        if (result.errors?.length) throw new Error(`${q.name}: ${result.errors[0].message}`);
      }
      recorded[q.name] = recording.statements;
    }
    return recorded;
  } finally {
    recording.close();
    await app.close();
  }
}

/** p50/p95 of running those statements directly on DuckDB, concurrently as the query module does, each on its own connection. */
export async function timeDirectSql(path: string, recorded: Awaited<ReturnType<typeof recordStatements>>) {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  try {
    const timings: Record<string, Awaited<ReturnType<typeof measureSerial>>> = {};
    for (const [name, statements] of Object.entries(recorded)) {
      const connections = await Promise.all(statements.map(() => instance.connect()));
      timings[name] = await measureSerial(() => Promise.all(statements.map((s, i) => connections[i].runAndReadAll(s.sql, s.params, s.types))), SERIAL_RUNS);
      connections.forEach((c) => c.closeSync());
    }
    return timings;
  } finally {
    instance.closeSync();
  }
}

/** p50/p95 of each analytics query through GraphQL over HTTP to our server (its own process), one request at a time. */
export async function timeGraphql(db: SeededDatabase, wh: BuiltWarehouse, port: number) {
  const server = await startOurServer(port, { DATABASE_URL: db.url, WAREHOUSE_PATH: wh.path });
  const url = server.url;
  const headers = { authorization: `Bearer ${await createToken(BENCH_AUTH_SECRET, { role: 'ADMIN', ttl: '2h' })}` };
  try {
    const timings: Record<string, Awaited<ReturnType<typeof measureSerial>>> = {};
    for (const q of ANALYTICS_QUERIES) timings[q.name] = await measureSerial(() => graphql(url, q.graphql, undefined, headers), SERIAL_RUNS);
    return timings;
  } finally {
    await server.stop();
  }
}
