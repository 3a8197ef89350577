import type { Command } from 'commander';
import { cliConfig, log, withStore } from '../runtime.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('create or upgrade the operational schema')
    .action(async () => {
      const config = cliConfig();
      await withStore(config, async (store) => log(`migrated the ${store.kind} store`));
    });
}
