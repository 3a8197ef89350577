import http from 'node:http';
import type { Config } from '../config.ts';
import { storeOwner } from '../db/store-lock.ts';
import { CliError } from '../cli/exit-codes.ts';
import { log } from '../cli/runtime.ts';
import { storeCommands, type CommandContext, type StoreCommandName, type StoreCommandResult } from './commands.ts';
import { createApp } from '../app.ts';

/** The running server that owns this embedded store, if any. */
export function owningServer(config: Config): { port: number; key: string; pid: number } | null {
  if (config.databaseUrl || !config.pgliteDir) return null;
  const owner = storeOwner(config.pgliteDir);
  return owner?.server ? { ...owner.server, pid: owner.pid } : null;
}

/** Runs a store command inside the server that owns the store (no client-side timeout: imports can be long). */
export function callServer<N extends StoreCommandName>(server: { port: number; key: string; pid: number }, name: N, body: unknown): Promise<StoreCommandResult<N>> {
  log(`the embedded store belongs to the running server (pid ${server.pid}): handing "${name}" to it`);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port: server.port, method: 'POST', path: `/internal/commands/${name}`,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-eqp-key': server.key },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const reply = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { result?: StoreCommandResult<N>; error?: string };
        if (res.statusCode === 200) resolve(reply.result as StoreCommandResult<N>);
        else reject(new CliError(`the server refused "${name}": ${reply.error ?? res.statusCode}`));
      });
    });
    req.on('error', (err) => reject(new CliError(`cannot reach the server on port ${server.port}: ${err.message}`)));
    req.end(payload);
  });
}

/**
 * Runs a store command where the store is: in the server that owns the embedded store, or here
 * over a store this process opens (and closes) itself.
 */
export async function runStoreCommand<N extends StoreCommandName>(config: Config, name: N, body: Parameters<(typeof storeCommands)[N]>[1]): Promise<StoreCommandResult<N>> {
  const server = owningServer(config);
  if (server) return callServer(server, name, body);
  const app = await createApp(config);
  try {
    const command = storeCommands[name] as (ctx: CommandContext, b: typeof body) => Promise<StoreCommandResult<N>>;
    return await command({ ...app.services, execute: app.execute }, body);
  } finally {
    await app.close();
  }
}
