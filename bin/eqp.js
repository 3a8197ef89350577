#!/usr/bin/env node
// The `eqp` command: TypeScript sources run through tsx's loader, so there is no build step to forget.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The repository's tsconfig (decorators on) whatever the working directory: tsx would otherwise look for one there.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv);
