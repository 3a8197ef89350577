import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { runStoreCommand } from '../../handoff/client.ts';
import { renderCsv, renderMarkdown, writeXlsx, type ReportDocument } from '../../reports/document.ts';
import { evaluationDocument } from '../../reports/evaluation-document.ts';
import { progressDocument } from '../../reports/progress-document.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, log } from '../runtime.ts';

interface OutputOptions {
  year: number;
  format: string;
  out?: string;
}

const FORMATS = ['md', 'csv', 'xlsx'];

/** The options every report takes: the year, and where and how to write it. */
const withOutput = (command: Command) => command
  .requiredOption('--year <year>', 'the year', (v) => Number.parseInt(v, 10))
  .option('--format <format>', 'md, csv or xlsx', 'md')
  .option('--out <file>', 'write to a file (required for xlsx; default: standard output)');

function checkOutput(options: OutputOptions): void {
  if (!FORMATS.includes(options.format)) throw new CliError('--format must be md, csv or xlsx', EXIT.USAGE);
  if (options.format === 'xlsx' && !options.out) throw new CliError('--format xlsx needs --out FILE', EXIT.USAGE);
  if (!Number.isInteger(options.year)) throw new CliError('--year must be a year such as 2023', EXIT.USAGE);
}

async function write(doc: ReportDocument, options: OutputOptions): Promise<void> {
  if (options.out) fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
  if (options.format === 'xlsx') await writeXlsx(doc, options.out!);
  else {
    const text = options.format === 'md' ? renderMarkdown(doc) : renderCsv(doc);
    if (options.out) fs.writeFileSync(options.out, text);
    else process.stdout.write(text);
  }
  if (options.out) log(`wrote ${options.out}`);
}

export function registerReport(program: Command): void {
  const report = program.command('report').description('leadership reports');
  withOutput(report.command('evaluation').description('the yearly efficiency-evaluation ranking report (效能评价)'))
    .option('--level <level>', 'REGION or AGENCY', 'REGION')
    .action(async (options: OutputOptions & { level: string }) => {
      const level = options.level.toUpperCase();
      if (level !== 'REGION' && level !== 'AGENCY') throw new CliError('--level must be REGION or AGENCY', EXIT.USAGE);
      checkOutput(options);
      await write(evaluationDocument(await runStoreCommand(cliConfig(), 'evaluationReport', { year: options.year, level })), options);
    });
  withOutput(report.command('progress').description('the half-yearly task-list progress report (任务清单落实情况) for the leading group\'s office'))
    .requiredOption('--half <half>', '1 (January–June) or 2 (July–December)', (v) => Number.parseInt(v, 10))
    .action(async (options: OutputOptions & { half: number }) => {
      if (options.half !== 1 && options.half !== 2) throw new CliError('--half must be 1 or 2', EXIT.USAGE);
      checkOutput(options);
      await write(progressDocument(await runStoreCommand(cliConfig(), 'progressReport', { year: options.year, half: options.half })), options);
    });
}
