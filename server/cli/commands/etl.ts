import type { Command } from 'commander';
import { runStoreCommand } from '../../handoff/client.ts';
import { cliConfig, out } from '../runtime.ts';
import { retryWhileStoreBusy } from '../../db/store-lock.ts';

export function registerEtl(program: Command): void {
  program
    .command('etl')
    .description('load what changed in the operational store into the warehouse (atomic: readers see the old or the new state)')
    .option('--full', 'rebuild the warehouse from scratch')
    .option('--wait [seconds]', 'wait for a running ETL to finish instead of refusing (default 600 s)', (v) => Number(v))
    .action(async (options: { full?: boolean; wait?: number | boolean }) => {
      const waitMs = options.wait === true ? 600_000 : typeof options.wait === 'number' ? options.wait * 1000 : 0;
      const config = cliConfig();
      const started = Date.now();
      // The ETL's own lock is waited for inside the run, with what is left of the wait.
      const report = await retryWhileStoreBusy(
        () => runStoreCommand(config, 'etl', { full: options.full, waitMs: Math.max(0, waitMs - (Date.now() - started)) }), waitMs);
      out(`etl ${report.mode} run ${report.runId} finished in ${(report.durationMs / 1000).toFixed(1)} s`);
      for (const [source, rows] of Object.entries(report.rowsExtracted)) out(`  extracted ${source}: ${rows}`);
      for (const [table, rows] of Object.entries(report.rowsPerTable)) out(`  ${table}: ${rows} rows`);
      if (report.published) out(`published ${Object.keys(report.published.tables).length} tables and ${report.published.views.length} views to schema analytics in ${(report.published.durationMs / 1000).toFixed(1)} s`);
    });
}
