import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Transaction } from '@electric-sql/pglite';
import type { Db } from './client.ts';

/**
 * The connection under a drizzle transaction, for the one statement drizzle cannot send: COPY …
 * FROM. node-postgres: the transaction's pooled client; PGlite: its Transaction. A worker's proxy
 * store (server/handoff/proxy-store.ts) has neither.
 */
function connectionOf(tx: Pick<Db, 'execute'>): { pg: pg.ClientBase } | { pglite: Transaction } | null {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (client instanceof pg.Client) return { pg: client };
  if (client && typeof (client as Transaction).rollback === 'function' && typeof (client as Transaction).query === 'function') return { pglite: client as Transaction };
  return null;
}

/** Whether `copyFromText` can run on this transaction. */
export const canCopy = (tx: Pick<Db, 'execute'>) => connectionOf(tx) !== null;

/**
 * Runs `copy <target> from stdin` (text format) on the transaction's own connection with `text`
 * as its input: PostgreSQL reads it as a stream, PGlite as a blob (`from '/dev/blob'`).
 */
export async function copyFromText(tx: Pick<Db, 'execute'>, target: string, text: string): Promise<void> {
  const connection = connectionOf(tx);
  if (!connection) throw new Error('COPY needs a PostgreSQL or PGlite transaction');
  if ('pg' in connection) {
    await pipeline(Readable.from([text]), connection.pg.query(copyFrom(`copy ${target} from stdin`)));
  } else {
    await connection.pglite.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([text]) });
  }
}
