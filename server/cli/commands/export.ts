import type { Command } from 'commander';
import { Warehouse } from '../../../warehouse/client.ts';
import { exportMarts, type ExportFormat } from '../../../warehouse/export.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, out } from '../runtime.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the warehouse marts Hive-partitioned by year (and quarter where the grain has one)')
    .requiredOption('--format <format>', 'parquet or csv')
    .requiredOption('--out <dir>', 'output directory')
    .action(async (options: { format: string; out: string }) => {
      if (options.format !== 'parquet' && options.format !== 'csv') throw new CliError('--format must be parquet or csv', EXIT.USAGE);
      const warehouse = new Warehouse(cliConfig().warehousePath);
      try {
        const files = await exportMarts(warehouse, options.format as ExportFormat, options.out);
        for (const [mart, count] of Object.entries(files)) out(`${mart}: ${count} ${options.format} files`);
      } catch (err) {
        throw new CliError((err as Error).message);
      } finally {
        warehouse.close();
      }
    });
}
