import type { Command } from 'commander';
import { runStoreCommand } from '../../handoff/client.ts';
import { viewerFromAuthorization } from '../../auth/token.ts';
import { OPERATOR_VIEWER } from '../../auth/viewer.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { cliConfig, out } from '../runtime.ts';

function parseVariables(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new CliError(`--variables is not valid JSON: ${(err as Error).message}`, EXIT.USAGE);
  }
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run one GraphQL operation in-process and print the JSON result')
    .argument('<graphql>', 'the GraphQL document')
    .option('--variables <json>', 'variables as a JSON object')
    .option('--token <token>', 'act as the holder of this access token (default: the local operator, ADMIN)')
    .action(async (document: string, options: { variables?: string; token?: string }) => {
      const config = cliConfig();
      const variables = parseVariables(options.variables);
      const viewer = options.token
        ? await viewerFromAuthorization(`Bearer ${options.token}`, config.authSecret).catch((err: Error) => {
          throw new CliError(`--token: ${err.message}`, EXIT.USAGE);
        })
        : OPERATOR_VIEWER;
      const result = await runStoreCommand(config, 'query', { query: document, variables, viewer });
      out(JSON.stringify(result, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
      if (result.errors?.length) process.exitCode = EXIT.FAILURE;
    });
}
