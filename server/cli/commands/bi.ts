import type { Command } from 'commander';
import { GrantError, grantBiLogin, revokeBiLogin, type GrantResult } from '../../../etl/publish/grant.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, log, out } from '../runtime.ts';

/** Reads the password from standard input (first line), so it never appears in the process list or shell history. */
async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  if (!line) throw new CliError('--password-stdin: standard input holds no password', EXIT.USAGE);
  return line;
}

function printConnection(r: GrantResult): void {
  log(`${r.created ? 'created' : 'updated'} BI login ${r.role}: reads schema ${r.schema} only, ${r.regionCode ? `rows of region ${r.regionCode} and every region under it` : 'every row'}`);
  out(`host: ${r.host}`);
  out(`port: ${r.port}`);
  out(`database: ${r.database}`);
  out(`schema: ${r.schema}`);
  out(`user: ${r.role}`);
  out(`password: ${r.password ?? '(unchanged)'}`);
  out(`jdbc: jdbc:postgresql://${r.host}:${r.port}/${encodeURIComponent(r.database)}?currentSchema=${r.schema}`);
  out(`url: postgres://${r.role}${r.password ? ':' + encodeURIComponent(r.password) : ''}@${r.host}:${r.port}/${encodeURIComponent(r.database)}`);
  if (r.password) log('the password is shown once: PostgreSQL keeps only its hash (eqp bi grant --reset-password makes a new one)');
}

export function registerBi(program: Command): void {
  const bi = program.command('bi').description('BI access to the published marts (schema analytics of BI_DATABASE_URL or DATABASE_URL)');
  bi
    .command('grant')
    .description('create or update a PostgreSQL login that can read the schema analytics and nothing else; print its connection details')
    .requiredOption('--role <name>', 'login name (lower-case letters, digits, _)')
    .option('--region <code>', 'only rows of this region and every region under it (row-level security)')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .option('--reset-password', 'generate a new password for an existing login')
    .action(async (options: { role: string; region?: string; passwordStdin?: boolean; resetPassword?: boolean }) => {
      const url = biUrl();
      const password = options.passwordStdin ? await readStdinLine() : undefined;
      printConnection(await asCliError(grantBiLogin(url, { role: options.role, regionCode: options.region, password, resetPassword: options.resetPassword })));
    });
  bi
    .command('revoke')
    .description('withdraw a BI login made by eqp bi grant: end its sessions, drop the role and its grants')
    .requiredOption('--role <name>', 'login name')
    .action(async (options: { role: string }) => {
      const r = await asCliError(revokeBiLogin(biUrl(), options.role));
      log(`revoked BI login ${r.role}${r.sessionsEnded ? ` (ended ${r.sessionsEnded} open session${r.sessionsEnded > 1 ? 's' : ''})` : ''}`);
    });
}

function biUrl(): string {
  const url = cliConfig().biDatabaseUrl;
  if (!url) throw new CliError('BI access needs a PostgreSQL server: set DATABASE_URL or BI_DATABASE_URL (the embedded store serves the marts over HTTP only: docs/bi.md)', EXIT.USAGE);
  return url;
}

/** A refusal of ours is a usage error; anything else (the server down, say) a failure. */
async function asCliError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw new CliError((err as Error).message, err instanceof GrantError ? EXIT.USAGE : EXIT.FAILURE);
  }
}
