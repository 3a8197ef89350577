import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { runImport } from '../../etl/import/run-import.ts';
import { runEtl } from '../../etl/run.ts';
import { startTestServer, type TestServer, type TestToken } from './server.ts';
import { createTestStore, STORE_KINDS } from './stores.ts';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A fresh directory for one test file's warehouse and reports, removed afterwards. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `eqp-${prefix}-`));
}

export interface LoadedCity {
  server: TestServer;
  dir: string;
  /** Imports files (paths relative to tests/fixtures) into the server's store. */
  importFiles(files: string[], accept?: boolean): ReturnType<typeof runImport>;
  etl(full?: boolean): ReturnType<typeof runEtl>;
  /** The data of a GraphQL operation sent over HTTP; any error in the response fails the test. */
  query<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: TestToken): Promise<T>;
}

/**
 * The full path for analytics tests, on every store kind: a running server over a fresh store,
 * fixture files imported through the real import, the real ETL into a real DuckDB file, and
 * queries over real HTTP.
 */
export function describeWithCity(name: string, load: (city: LoadedCity) => Promise<void>, suite: (city: () => LoadedCity) => void): void {
  for (const kind of STORE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let city: LoadedCity;
      let database: Awaited<ReturnType<typeof createTestStore>> | undefined;
      beforeAll(async () => {
        const dir = tempDir('city');
        database = kind === 'postgres' ? await createTestStore('postgres') : undefined;
        const warehousePath = path.join(dir, 'warehouse.duckdb');
        const server = await startTestServer({ warehousePath, ...(database ? { databaseUrl: database.url } : {}) });
        const store = server.app.services.store;
        city = {
          server,
          dir,
          importFiles: (files, accept = true) =>
            runImport(store, files.map((f) => path.join(FIXTURES, f)), { accept, rejectsDir: path.join(dir, 'rejects'), actor: 'test' }),
          etl: (full) => runEtl(store, { warehousePath, full }),
          async query<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: TestToken): Promise<T> {
            const response = await server.request(document, variables, token);
            expect(response.errors).toBeUndefined();
            return response.data as T;
          },
        };
        await load(city);
      });
      afterAll(async () => {
        await city?.server.close();
        await database?.dispose();
        if (city) fs.rmSync(city.dir, { recursive: true, force: true });
      });
      suite(() => city);
    });
  }
}
