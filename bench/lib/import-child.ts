// Imports files in a fresh process and prints its peak resident memory: the proof that the
// import's memory is bounded by its batches, not by the file (issue 13).
import { openStore } from '../../server/db/client.ts';
import { runImport } from '../../etl/import/run-import.ts';
import { BENCH_IMPORT } from './bench-import.ts';

// The store: a PostgreSQL URL, or the directory of a PGlite store.
const [target, xlsxMaxMb, ...files] = process.argv.slice(2);
const store = await openStore(target.startsWith('postgres') ? { databaseUrl: target, statementTimeoutMs: 600_000 } : { pgliteDir: target });
try {
  const started = performance.now();
  const report = await runImport(store, files, { ...BENCH_IMPORT, limits: { xlsxMaxBytes: Number(xlsxMaxMb) * 1024 * 1024 } });
  const failed = report.files.find((f) => f.error || f.rejected);
  if (failed) throw new Error(`${failed.file}: ${failed.error ?? JSON.stringify(failed.rejects.slice(0, 3))}`);
  const rows = report.files.reduce((a, f) => a + f.inserted, 0);
  console.log(JSON.stringify({ rows, seconds: (performance.now() - started) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
} finally {
  await store.close();
}
