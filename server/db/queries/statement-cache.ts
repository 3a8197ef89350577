import { createHash } from 'node:crypto';
import type { Db } from '../client.ts';

interface Prepared<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}

interface Preparable<R> {
  toSQL(): { sql: string };
  prepare(name: string): Prepared<R>;
}

/**
 * Statements built once per shape and reused with new values: for a lookup by key, drizzle
 * building the SQL cost more CPU than the round trip. On PostgreSQL they are server-side
 * prepared statements named after their text, so PostgreSQL parses and plans each text once
 * per connection, and scoped viewers (whose scope travels as parameters) share them; the pool
 * retires connections after a while, which bounds what the server keeps. One cache per store
 * (a statement is bound to its client), least recently used evicted beyond `limit` shapes.
 */
export function statementCache<R>(limit = 500) {
  const byStore = new WeakMap<Db, Map<string, Prepared<R>>>();
  return (db: Db, shape: string, build: () => Preparable<R>): Prepared<R> => {
    let entries = byStore.get(db);
    if (!entries) byStore.set(db, (entries = new Map()));
    let statement = entries.get(shape);
    if (statement) {
      entries.delete(shape);
    } else {
      const query = build();
      statement = query.prepare(`eqp_${createHash('sha1').update(query.toSQL().sql).digest('hex').slice(0, 24)}`);
      if (entries.size >= limit) entries.delete(entries.keys().next().value!);
    }
    entries.set(shape, statement);
    return statement;
  };
}
