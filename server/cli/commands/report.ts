import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { runStoreCommand } from '../../handoff/client.ts';
import { renderCsv, renderMarkdown, writeXlsx } from '../../reports/render.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, log, out } from '../runtime.ts';

interface ReportOptions {
  year: number;
  level: string;
  format: string;
  out?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('leadership reports')
    .command('evaluation')
    .description('the yearly efficiency-evaluation ranking report (效能评价)')
    .requiredOption('--year <year>', 'evaluation year', (v) => Number.parseInt(v, 10))
    .option('--level <level>', 'REGION or AGENCY', 'REGION')
    .option('--format <format>', 'md, csv or xlsx', 'md')
    .option('--out <file>', 'write to a file (required for xlsx; default: standard output)')
    .action(async (options: ReportOptions) => {
      const level = options.level.toUpperCase();
      if (level !== 'REGION' && level !== 'AGENCY') throw new CliError('--level must be REGION or AGENCY', EXIT.USAGE);
      if (!['md', 'csv', 'xlsx'].includes(options.format)) throw new CliError('--format must be md, csv or xlsx', EXIT.USAGE);
      if (options.format === 'xlsx' && !options.out) throw new CliError('--format xlsx needs --out FILE', EXIT.USAGE);
      if (!Number.isInteger(options.year)) throw new CliError('--year must be a year such as 2023', EXIT.USAGE);
      const report = await runStoreCommand(cliConfig(), 'evaluationReport', { year: options.year, level });
      if (options.out) fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
      if (options.format === 'xlsx') await writeXlsx(report, options.out!);
        else {
          const text = options.format === 'md' ? renderMarkdown(report) : renderCsv(report);
          if (options.out) fs.writeFileSync(options.out, text);
          else out(text);
        }
      if (options.out) log(`wrote ${options.out}`);
    });
}
