import path from 'node:path';
import { Option, type Command } from 'commander';
import { RECORD_KINDS } from '../../domain/records/index.ts';
import { defaultActor, describeReject, type FileReport } from '../../../etl/import/index.ts';
import { runStoreCommand } from '../../handoff/client.ts';
import { progressDisplay } from '../../../etl/import/progress-display.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, log, out } from '../runtime.ts';

/** Refusals echoed on stderr per file; the rejects report has them all. */
const SHOWN_REJECTS = 10;

function summarise(f: FileReport): void {
  const name = `${f.file}${f.sheet ? `#${f.sheet}` : ''}`;
  if (f.error) out(`${name}: refused whole, nothing of it loaded: ${f.error}`);
  else out(`${name} (${f.kind}): ${f.rowsRead} read, ${f.inserted} inserted, ${f.updated} updated, ${f.unchanged} unchanged, ${f.rejected} refused`);
  if (f.ignoredColumns?.length) out(`  ignored column(s) not used by ${f.kind}: ${f.ignoredColumns.join(', ')}`);
  if (f.rejectsReport) out(`  rejects: ${f.rejectsReport.csv} (also .json)`);
  for (const r of f.rejects.slice(0, SHOWN_REJECTS)) log(`${path.basename(f.file)}: ${describeReject(r)}`);
  if (f.rejects.length > SHOWN_REJECTS) log(`${path.basename(f.file)}: … ${f.rejects.length - SHOWN_REJECTS} more in the rejects report`);
}

/** What was refused and what was loaded, never claiming rows of a file refused whole. */
function refusalSummary(files: FileReport[]): string {
  const rows = files.reduce((n, f) => n + f.rejected, 0);
  const whole = files.filter((f) => f.error).length;
  const sum = (key: 'inserted' | 'updated' | 'unchanged') => files.reduce((n, f) => n + f[key], 0);
  const refused = [whole && `${whole} file(s) whole (nothing of them was loaded)`, rows && `${rows} row(s)`].filter(Boolean).join(' and ');
  return `refused ${refused}; loaded the other rows: ${sum('inserted')} inserted, ${sum('updated')} updated, ${sum('unchanged')} unchanged`;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('load CSV, XLSX or JSON files into the operational store (each file in one transaction, in dependency order)')
    .argument('<files...>', 'files to load; the kind of each is read from its header (or sheet name)')
    .option('--accept', 'mark the imported filings ACCEPTED instead of SUBMITTED')
    .addOption(new Option('--kind <kind>', 'the kind of records, when the header does not tell').choices(RECORD_KINDS))
    .option('--rejects <dir>', 'where the rejects reports go (default: $DATA_DIR/rejects)')
    .action(async (files: string[], options: { accept?: boolean; kind?: string; rejects?: string }) => {
      const config = cliConfig();
      const display = progressDisplay();
      // Absolute paths and the actor travel to a running server unchanged; progress shows only here.
      const report = await runStoreCommand(config, 'import', {
        files: files.map((f) => path.resolve(f)),
        accept: options.accept,
        kind: options.kind,
        actor: defaultActor(),
        rejectsDir: path.resolve(options.rejects ?? path.join(config.dataDir, 'rejects')),
        onProgress: display.update,
      }).finally(display.stop);
      report.files.forEach(summarise);
      if (report.refused) {
        throw new CliError(refusalSummary(report.files), EXIT.REJECTED);
      }
    });
}
