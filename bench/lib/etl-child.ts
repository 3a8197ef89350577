// Runs one full ETL in a fresh process and prints its peak resident memory: the ingest
// benchmark's proof that the ETL streams (flat memory as the data grows).
import { openStore } from '../../server/db/client.ts';
import { runEtl } from '../../etl/run.ts';

const [url, warehousePath] = process.argv.slice(2);
const store = await openStore({ databaseUrl: url, statementTimeoutMs: 600_000 });
try {
  const started = performance.now();
  const report = await runEtl(store, { warehousePath, full: true });
  const rows = Object.values(report.rowsExtracted).reduce((a, n) => a + n, 0);
  console.log(JSON.stringify({ rows, seconds: (performance.now() - started) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
} finally {
  await store.close();
}
