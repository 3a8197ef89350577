import { types, type PGlite, type Transaction } from '@electric-sql/pglite';
import type { StoreReply, StoreRequest } from './worker-protocol.ts';

/** The types drizzle's PGlite driver reads as text (it maps them itself); the worker's drizzle expects the same. */
const AS_TEXT = (value: string) => value;
const PARSERS = Object.fromEntries([types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((t) => [t, AS_TEXT]));

class Rollback extends Error {}

/**
 * Runs a worker thread's statements on the embedded database, which only this thread can
 * touch. `begin` opens a PGlite transaction that stays open across messages until the worker
 * commits or rolls back; statements in between run inside it.
 */
export class StoreHost {
  private tx: Transaction | null = null;
  private finish: ((commit: boolean) => void) | null = null;
  private settled: Promise<void> | null = null;

  constructor(private readonly client: PGlite) {}

  async handle(request: StoreRequest): Promise<StoreReply> {
    try {
      return { id: request.id, rows: await this.run(request) };
    } catch (err) {
      return { id: request.id, error: (err as Error).message };
    }
  }

  /** Ends a transaction the worker left open (it failed or was stopped). */
  async abandon(): Promise<void> {
    if (this.finish) await this.end(false);
  }

  private async run(request: StoreRequest): Promise<unknown[]> {
    if (request.op === 'begin') await this.begin();
    else if (request.op !== 'query') await this.end(request.op === 'commit');
    else {
      const result = await (this.tx ?? this.client).query(request.sql, request.params, {
        rowMode: request.method === 'all' ? 'array' : 'object', parsers: PARSERS,
      });
      return result.rows as unknown[];
    }
    return [];
  }

  private begin(): Promise<void> {
    if (this.finish) throw new Error('a transaction is already open');
    return new Promise((started, failed) => {
      this.settled = this.client.transaction(async (tx) => {
        this.tx = tx;
        started();
        const commit = await new Promise<boolean>((resolve) => (this.finish = resolve));
        if (!commit) throw new Rollback();
      }).catch((err) => {
        if (!(err instanceof Rollback)) throw err;
      });
      this.settled.catch(failed);
    });
  }

  private async end(commit: boolean): Promise<void> {
    const finish = this.finish;
    if (!finish) throw new Error('no transaction is open');
    this.finish = null;
    finish(commit);
    try {
      await this.settled;
    } finally {
      this.tx = null;
      this.settled = null;
    }
  }
}
