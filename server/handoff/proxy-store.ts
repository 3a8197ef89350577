import type { MessagePort } from 'node:worker_threads';
import { drizzle } from 'drizzle-orm/pg-proxy';
import * as tables from '../db/tables/index.ts';
import type { Db, Store } from '../db/client.ts';
import type { StoreAsk, StoreReply } from './worker-protocol.ts';

/**
 * The store as a worker thread sees it: drizzle's proxy driver sends every statement to the
 * thread that owns the embedded database (server/handoff/store-host.ts) and awaits the rows.
 * A transaction is `begin`, the statements, then `commit` or `rollback`, all over the port.
 */
export function proxyStore(port: MessagePort): Store {
  let next = 0;
  const waiting = new Map<number, { resolve: (rows: unknown[]) => void; reject: (err: Error) => void }>();
  port.on('message', (reply: StoreReply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.rows);
  });
  const ask = (request: StoreAsk) => new Promise<unknown[]>((resolve, reject) => {
    const id = ++next;
    waiting.set(id, { resolve, reject });
    port.postMessage({ ...request, id });
  });
  let statements = 0;
  const db = drizzle(async (sql, params, method) => {
    statements += 1;
    const rows = await ask({ op: 'query', sql, params, method: method === 'all' ? 'all' : 'execute' });
    // `execute` hands back what the callback calls rows; the import reads `.rows` of it, as node-postgres and PGlite return.
    return { rows: method === 'all' ? rows : ({ rows } as never) };
  }, { schema: tables, casing: 'snake_case' }) as unknown as Db;
  // The proxy driver has no transactions of its own; this one keeps the host's transaction open across messages.
  Object.assign(db, {
    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      await ask({ op: 'begin' });
      let result: T;
      try {
        result = await work(db);
      } catch (err) {
        await ask({ op: 'rollback' });
        throw err;
      }
      await ask({ op: 'commit' });
      return result;
    },
  });
  return {
    kind: 'pglite',
    db,
    async query<T>(text: string, params?: unknown[]) {
      statements += 1;
      return (await ask({ op: 'query', sql: text, params: params ?? [], method: 'execute' })) as T[];
    },
    migrate: () => Promise.reject(new Error('a worker does not migrate the store')),
    ping: () => Promise.resolve(true),
    close: () => Promise.resolve(),
    statementCount: () => statements,
  };
}
