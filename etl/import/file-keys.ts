import { sql } from 'drizzle-orm';
import type { Tx } from './upsert.ts';

/** The temporary table of the keys the rows of the file being loaded have taken. */
const FILE_KEYS = 'import_file_keys';

/**
 * The keys the rows of one file have taken, so that a later row with an earlier row's key is
 * refused. Node holds the keys of the batch being read; those of the batches before are in a
 * temporary table of the file's transaction (gone with it, on commit drop), so memory is bounded
 * by the batch, not the file.
 */
export class FileKeys {
  private batch = new Set<string>();
  private created = false;

  constructor(private readonly tx: Tx) {}

  /** Whether the key is new to the batch being read; if so it is the batch's now. */
  claim(key: string): boolean {
    if (this.batch.has(key)) return false;
    this.batch.add(key);
    return true;
  }

  /** Ends the batch being read: its keys, in the order they were claimed. */
  endBatch(): string[] {
    const keys = [...this.batch];
    this.batch = new Set();
    return keys;
  }

  /**
   * Records a batch's keys as the file's, in one statement; returns those an earlier batch had
   * taken already. Batches must come in the order they were read, so that the first row wins.
   */
  async takeBatch(keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const table = sql.identifier(FILE_KEYS);
    if (!this.created) {
      await this.tx.execute(sql`create temporary table ${table} (key text primary key) on commit drop`);
      this.created = true;
    }
    const { rows } = (await this.tx.execute(sql`
      with batch as (select unnest(${sql.param(keys)}::text[]) as key),
      fresh as (insert into ${table} (key) select key from batch on conflict do nothing returning key)
      select key from batch except all select key from fresh`)) as unknown as { rows: Array<{ key: string }> };
    return new Set(rows.map((r) => r.key));
  }
}
