import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './exit-codes.ts';
import { log } from './runtime.ts';
import { StoreBusyError } from '../db/store-lock.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { EtlBusyError } from '../../etl/lock.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerSeed } from './commands/seed.ts';
import { registerImport } from './commands/import.ts';
import { registerQuery } from './commands/query.ts';
import { registerServe } from './commands/serve.ts';
import { registerEtl } from './commands/etl.ts';
import { registerToken } from './commands/token.ts';
import { registerStart } from './commands/start.ts';
import { registerExport } from './commands/export.ts';
import { registerReport } from './commands/report.ts';
import { registerBi } from './commands/bi.ts';

/** Builds the `eqp` program; each command lives in commands/<name>.ts and registers itself. */
export function buildProgram(): Command {
  const program = new Command('eqp')
    .description('Enforcement quality platform: operational store, warehouse and GraphQL API')
    .exitOverride()
    .showHelpAfterError();
  registerMigrate(program);
  registerSeed(program);
  registerImport(program);
  registerQuery(program);
  registerServe(program);
  registerEtl(program);
  registerToken(program);
  registerStart(program);
  registerExport(program);
  registerReport(program);
  registerBi(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (err instanceof CliError) {
      log(`eqp: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof StoreBusyError || err instanceof EtlBusyError || err instanceof ConfigError) {
      log(`eqp: ${err.message}`);
      return EXIT.FAILURE;
    }
    log(`eqp: ${describeFailure(err)}`);
    return EXIT.FAILURE;
  }
}

/**
 * An unexpected failure on one line: its message and its causes' (a driver wraps the network
 * error in a "Failed query"); the stack trace only when LOG_LEVEL=debug asks for it.
 */
function describeFailure(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  let debug = false;
  try {
    debug = loadConfig().logLevel === 'debug';
  } catch {
    // An invalid configuration is reported by the command itself; the message is enough.
  }
  if (debug) return err.stack ?? err.message;
  const messages: string[] = [];
  for (let e: unknown = err; e instanceof Error && messages.length < 5; e = e.cause) messages.push(e.message.trim());
  return messages.reverse().join(' ← ').replace(/\s*\n\s*/g, '; ');
}
