import type { Db } from '../client.ts';

interface Prepared<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}

/**
 * Statements built once per shape and reused with new values: for a lookup by key, drizzle
 * building the SQL cost more CPU than the round trip. One cache per store (a statement is bound
 * to its client), least recently used evicted beyond `limit` shapes.
 */
export function statementCache<R>(limit = 500) {
  const byStore = new WeakMap<Db, Map<string, Prepared<R>>>();
  return (db: Db, shape: string, build: () => Prepared<R>): Prepared<R> => {
    let entries = byStore.get(db);
    if (!entries) byStore.set(db, (entries = new Map()));
    let statement = entries.get(shape);
    if (statement) {
      entries.delete(shape);
    } else {
      statement = build();
      if (entries.size >= limit) entries.delete(entries.keys().next().value!);
    }
    entries.set(shape, statement);
    return statement;
  };
}
