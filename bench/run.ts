import { operationalBenchmark } from './operational.ts';
import { nPlusOneBenchmark } from './n-plus-one.ts';
import { warehouseBenchmark } from './warehouse-vs-postgres.ts';
import { ingestBenchmark } from './ingest.ts';
import { importCopyBenchmark } from './import-copy.ts';
import { scaleCurveBenchmark } from './scale-curve.ts';
import { dashboardBenchmark } from './dashboard.ts';
import { publishBenchmark } from './publish.ts';
import { deepPageBenchmark } from './deep-page.ts';
import { formatTable, writeResults, RESULTS_FILE, type Benchmark, type BenchmarkResult } from './lib/results.ts';

const BENCHMARKS: Benchmark[] = [operationalBenchmark, nPlusOneBenchmark, warehouseBenchmark, ingestBenchmark, importCopyBenchmark, scaleCurveBenchmark, dashboardBenchmark, publishBenchmark, deepPageBenchmark];

/**
 * `npm run bench [-- name…]`: runs every benchmark (or those named), prints the figures and
 * merges them into bench/results.json. Not part of `npm test`: timings depend on the machine.
 */
async function main(names: string[]) {
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; one of ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const chosen = names.length ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;
  const results: Record<string, BenchmarkResult & { title: string; ranAt: string; seconds: number }> = {};
  for (const benchmark of chosen) {
    const started = performance.now();
    const log = (m: string) => console.error(`[${benchmark.name}] ${m}`);
    log(benchmark.title);
    const result = await benchmark.run(log);
    results[benchmark.name] = { title: benchmark.title, ranAt: new Date().toISOString(), seconds: Math.round((performance.now() - started) / 1000), ...result };
    writeResults({ [benchmark.name]: results[benchmark.name] });
  }
  console.log(formatTable(results));
  console.log(`\nwritten to ${RESULTS_FILE}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
