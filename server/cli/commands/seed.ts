import { InvalidArgumentError, type Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, log, out, withStore } from '../runtime.ts';
import { DEMO_CITY, isStoreEmpty, seedDemo, type SeedSummary } from '../../db/seed/index.ts';

const USAGE = 'eqp seed --demo [--scale N] [--seed S]';

function parseScale(value: string): number {
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new InvalidArgumentError('a number in (0, 1000], e.g. 0.2, 1 or 100');
  return scale;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError('an integer');
  return seed;
}

const LOG_EVERY_ROWS = 250_000;

/** Progress on stderr: one rewritten line on a terminal, a line per 250,000 rows of a table in a log. */
function progressReporter(): (table: string, rows: number) => void {
  let current = '';
  let nextLine = 0;
  return (table, rows) => {
    if (process.stderr.isTTY) return void process.stderr.write(`\r\x1b[K  ${table}: ${rows.toLocaleString('en')} rows`);
    if (table !== current) [current, nextLine] = [table, LOG_EVERY_ROWS];
    if (rows >= nextLine) {
      log(`  ${table}: ${rows.toLocaleString('en')} rows`);
      nextLine += LOG_EVERY_ROWS;
    }
  };
}

function printSummary(summary: SeedSummary): void {
  const width = Math.max(...Object.keys(summary.tables).map((t) => t.length));
  for (const [table, rows] of Object.entries(summary.tables)) out(`${table.padEnd(width)}  ${rows.toLocaleString('en').padStart(12)}`);
  out(`${'total'.padEnd(width)}  ${summary.rows.toLocaleString('en').padStart(12)} rows in ${summary.seconds.toFixed(1)} s ` +
    `(${summary.rowsPerSecond.toLocaleString('en')} rows/s)`);
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('generate the deterministic demo city (鄂州市, 2022–2024) into an empty operational store')
    .option('--demo', 'load the demo city (required: it is the only data set)')
    .option('--scale <n>', 'multiply agencies and cases; below 1 shrinks the volume per agency', parseScale, DEMO_CITY.scale)
    .option('--seed <s>', 'generator seed: the same seed and scale give the same data', parseSeed, DEMO_CITY.seed)
    .action(async (options: { demo?: boolean; scale: number; seed: number }) => {
      if (!options.demo) throw new CliError(`seed needs --demo: ${USAGE}`, EXIT.USAGE);
      await withStore(cliConfig(), async (store) => {
        if (!(await isStoreEmpty(store))) {
          throw new CliError('the store already has data (it has regions); the demo city is only loaded into an empty store');
        }
        log(`seeding the demo city into the ${store.kind} store (scale ${options.scale}, seed ${options.seed})`);
        const summary = await seedDemo(store, { scale: options.scale, seed: options.seed, onProgress: progressReporter() });
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
        printSummary(summary);
      });
    });
}
