import type { Command } from 'commander';
import { createToken } from '../../auth/token.ts';
import { ROLES, type Role } from '../../auth/viewer.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, log, out } from '../runtime.ts';

export function registerToken(program: Command): void {
  const token = program.command('token').description('access tokens');
  token
    .command('create')
    .description('print a signed access token (the last line of output)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--region <code>', 'region a SUPERVISOR token is bound to')
    .option('--agency <code>', 'agency a FILER token is bound to')
    .option('--ttl <duration>', 'lifetime such as 8h, 30d', '8h')
    .action(async (options: { role: string; region?: string; agency?: string; ttl: string }) => {
      const secret = cliConfig().authSecret;
      const role = options.role.toUpperCase() as Role;
      if (!ROLES.includes(role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}`, EXIT.USAGE);
      try {
        const signed = await createToken(secret!, { role, regionCode: options.region, agencyCode: options.agency, ttl: options.ttl });
        log(`token for ${role}${options.region ? ` of region ${options.region}` : ''}${options.agency ? ` of agency ${options.agency}` : ''}, valid ${options.ttl}:`);
        out(signed);
      } catch (err) {
        throw new CliError((err as Error).message, EXIT.USAGE);
      }
    });
}
