import { Worker } from 'node:worker_threads';
import type { ImportOptions, ImportReport } from '../../etl/import/run-import.ts';
import type { CommandContext } from './commands.ts';
import type { ImportWorkerData } from './import-worker.ts';
import { StoreHost } from './store-host.ts';
import type { WorkerMessage } from './worker-protocol.ts';

const WORKER = new URL('./import-worker.ts', import.meta.url).href;
const TSX = import.meta.resolve('tsx/esm/api');
// The worker loads TypeScript through tsx as bin/eqp.js does.
const BOOTSTRAP = `import(${JSON.stringify(TSX)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`;

/**
 * Runs a handed-off import in a worker thread, so reading, parsing and validating a file never
 * blocks the server's event loop: GraphQL, /healthz and /readyz keep answering while it runs.
 * With PostgreSQL the worker has its own connection; the embedded store belongs to this thread,
 * so the worker sends it its statements (StoreHost) and this thread only runs them.
 */
export function importInWorker(ctx: CommandContext, body: { files: string[] } & ImportOptions): Promise<ImportReport> {
  const { config, store } = ctx;
  const data: ImportWorkerData = {
    files: body.files,
    options: { accept: body.accept, kind: body.kind, actor: body.actor, rejectsDir: body.rejectsDir, limits: { xlsxMaxBytes: config.importXlsxMaxBytes } },
    databaseUrl: store.kind === 'postgres' ? config.databaseUrl : undefined,
    statementTimeoutMs: config.statementTimeoutMs,
  };
  const host = store.pglite ? new StoreHost(store.pglite) : null;
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: data });
    let finished = false;
    const finish = async (outcome: () => void) => {
      if (finished) return;
      finished = true;
      await host?.abandon();
      outcome();
      void worker.terminate();
    };
    worker.on('message', async (message: WorkerMessage<ImportReport>) => {
      if (message.op === 'done') return finish(() => resolve(message.result));
      if (message.op === 'failed') return finish(() => reject(new Error(message.message)));
      if (!host) return finish(() => reject(new Error('the import worker asked for the embedded store, which this server does not have')));
      worker.postMessage(await host.handle(message));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the import worker stopped (exit code ${code})`))));
  });
}
