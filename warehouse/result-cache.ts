/**
 * Results of warehouse queries for one generation of the warehouse file, least recently used
 * out first. A generation never changes (the ETL writes a new file and swaps it in), so a
 * result stays right for as long as its generation is current: dashboards polling the same
 * aggregates get them without running DuckDB again. Identical queries in flight share one run.
 */
export class ResultCache {
  private entries = new Map<string, Promise<unknown[]>>();

  constructor(private readonly maxEntries = 500) {}

  get<T>(key: string, run: () => Promise<T[]>): Promise<T[]> {
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T[]>;
    }
    const result = run();
    this.entries.set(key, result);
    result.catch(() => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return result;
  }
}

/** A cache key for a statement and its bound values (DuckDB list values serialise as their items). */
export const resultKey = (sql: string, params?: object) =>
  JSON.stringify([sql, params ?? null], (_key, value) => (typeof value === 'bigint' ? `${value}n` : value));
