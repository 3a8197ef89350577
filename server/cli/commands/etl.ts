import type { Command } from 'commander';
import { runEtl } from '../../../etl/run.ts';
import { EtlBusyError } from '../../../etl/lock.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, log, out, withStore } from '../runtime.ts';

export function registerEtl(program: Command): void {
  program
    .command('etl')
    .description('load what changed in the operational store into the warehouse (atomic: readers see the old or the new state)')
    .option('--full', 'rebuild the warehouse from scratch')
    .option('--wait [seconds]', 'wait for a running ETL to finish instead of refusing', (v) => Number(v), 600)
    .action(async (options: { full?: boolean; wait?: number | boolean }) => {
      const config = cliConfig();
      const waitMs = typeof options.wait === 'number' ? options.wait * 1000 : 0;
      await withStore(config, async (store) => {
        try {
          const report = await runEtl(store, { warehousePath: config.warehousePath, full: options.full, waitMs, onProgress: (m) => log(`etl: ${m}`) });
          out(`etl ${report.mode} run ${report.runId} finished in ${(report.durationMs / 1000).toFixed(1)} s`);
          for (const [source, rows] of Object.entries(report.rowsExtracted)) out(`  extracted ${source}: ${rows}`);
          for (const [table, rows] of Object.entries(report.rowsPerTable)) out(`  ${table}: ${rows} rows`);
        } catch (err) {
          if (err instanceof EtlBusyError) throw new CliError(err.message, EXIT.FAILURE);
          throw err;
        }
      });
    });
}
