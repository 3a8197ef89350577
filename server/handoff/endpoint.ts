import type http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { storeCommands, type CommandContext, type StoreCommandName } from './commands.ts';
import { importInWorker } from './import-in-worker.ts';

/** What the server runs for a handed-off command: the same work, an import in a worker thread. */
const SERVER_COMMANDS = { ...storeCommands, import: importInWorker };

const isLoopback = (address: string | undefined) => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

function sameKey(given: string | undefined, key: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /internal/commands/<name>: runs a store command for a local `eqp` process. Only from
 * loopback, only with the per-run key the server wrote (mode 0600) into the store's lock file.
 */
export async function handleInternalCommand(
  req: http.IncomingMessage,
  body: string,
  ctx: CommandContext,
  key: string,
): Promise<{ status: number; json: unknown }> {
  if (!isLoopback(req.socket.remoteAddress) || !sameKey(req.headers['x-eqp-key'] as string | undefined, key)) {
    return { status: 403, json: { error: 'forbidden' } };
  }
  const name = (req.url ?? '').split('?')[0].split('/').pop() as StoreCommandName;
  const command = SERVER_COMMANDS[name] as ((c: CommandContext, b: unknown) => Promise<unknown>) | undefined;
  if (!command) return { status: 404, json: { error: `unknown command ${name}` } };
  try {
    return { status: 200, json: { result: await command(ctx, JSON.parse(body || '{}')) } };
  } catch (err) {
    return { status: 500, json: { error: (err as Error).message, name: (err as Error).constructor.name } };
  }
}
