/** Messages between an import worker thread and the server thread that owns the store. */

/** What the worker asks of the store: a statement, or the start or end of a transaction. */
export type StoreAsk =
  | { op: 'query'; sql: string; params: unknown[]; method: 'all' | 'execute' }
  | { op: 'begin' | 'commit' | 'rollback' };
export type StoreRequest = StoreAsk & { id: number };

export type StoreReply = { id: number; rows: unknown[] } | { id: number; error: string };

/** The worker's last word. */
export type WorkerOutcome<T> = { op: 'done'; result: T } | { op: 'failed'; message: string };

export type WorkerMessage<T> = StoreRequest | WorkerOutcome<T>;
