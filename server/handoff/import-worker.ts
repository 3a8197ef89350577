import { parentPort, workerData } from 'node:worker_threads';
import { runImport, type ImportOptions, type ImportReport } from '../../etl/import/run-import.ts';
import { openStore, type Store } from '../db/client.ts';
import { proxyStore } from './proxy-store.ts';
import type { WorkerOutcome } from './worker-protocol.ts';

export interface ImportWorkerData {
  files: string[];
  options: ImportOptions;
  /** PostgreSQL: the worker opens its own connection; unset: the embedded store, through the server thread. */
  databaseUrl?: string;
  statementTimeoutMs?: number;
}

/** The import of a handed-off `eqp import`, off the server's thread (see server/handoff/import-in-worker.ts). */
async function main(port: NonNullable<typeof parentPort>, data: ImportWorkerData): Promise<void> {
  let outcome: WorkerOutcome<ImportReport>;
  const store: Store = data.databaseUrl ? await openStore({ databaseUrl: data.databaseUrl, statementTimeoutMs: data.statementTimeoutMs }) : proxyStore(port);
  try {
    outcome = { op: 'done', result: await runImport(store, data.files, data.options) };
  } catch (err) {
    outcome = { op: 'failed', message: (err as Error).message };
  } finally {
    if (data.databaseUrl) await store.close();
  }
  port.postMessage(outcome);
}

void main(parentPort!, workerData as ImportWorkerData);
