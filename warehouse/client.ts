import fs from 'node:fs';
import { DuckDBInstance, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { appError, ErrorCode } from '../schema/common/errors.ts';
import { readRows, toPlain } from './values.ts';
import { currentDeadline } from '../server/http/limits/deadline.ts';
import { ResultCache, resultKey } from './result-cache.ts';

export type Params = Record<string, DuckDBValue>;
export type ParamTypes = Record<string, DuckDBType | undefined>;

const interrupted = () => appError(ErrorCode.TIMEOUT, 'the warehouse read was stopped at the request deadline');

/** One opened generation of the warehouse file, with a small pool of connections. */
class Generation {
  private idle: DuckDBConnection[] = [];
  private inFlight = 0;
  private retired = false;
  readonly results = new ResultCache();

  constructor(readonly instance: DuckDBInstance, readonly fileId: string) {}

  async use<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    this.inFlight++;
    const connection = this.idle.pop() ?? (await this.instance.connect());
    // A request past its deadline interrupts its read (or never starts it); the connection stays usable.
    const deadline = currentDeadline();
    const release = deadline?.onExpire(() => connection.interrupt());
    try {
      if (deadline?.expired) throw interrupted();
      return await fn(connection);
    } catch (err) {
      throw deadline?.expired ? interrupted() : err;
    } finally {
      release?.();
      this.inFlight--;
      if (this.retired) connection.closeSync();
      else this.idle.push(connection);
      this.closeIfDone();
    }
  }

  retire(): void {
    this.retired = true;
    this.closeIfDone();
  }

  private closeIfDone(): void {
    if (!this.retired || this.inFlight > 0) return;
    for (const c of this.idle.splice(0)) c.closeSync();
    this.instance.closeSync();
  }
}

/**
 * Read access to the DuckDB warehouse. The ETL builds a new file and renames it over the old
 * one; a reader notices the new file on its next query and moves to it, while queries already
 * running finish on the generation they started on. So readers never see a half-built state.
 */
export class Warehouse {
  private current?: Generation;
  private opening?: Promise<Generation>;

  constructor(readonly path: string) {}

  /** An id of the file on disk that changes whenever an ETL run swaps in a new warehouse. */
  fileId(): string | null {
    try {
      const s = fs.statSync(this.path);
      return `${s.ino}:${s.mtimeMs}:${s.size}`;
    } catch {
      return null;
    }
  }

  /** Rows of a read; the same statement and values on the same generation answer from its cache. */
  async query<T = Record<string, unknown>>(sql: string, params?: Params, types?: ParamTypes): Promise<T[]> {
    const generation = await this.generation();
    return generation.results.get(resultKey(sql, params), () => generation.use(async (c) => readRows<T>(await c.runAndReadAll(sql, params, types))));
  }

  /**
   * A read too large to hold: its rows are handed to `onRows` one DuckDB chunk (about 2,048
   * rows) at a time, the next fetched only once `onRows` has settled. Not cached.
   */
  async stream(sql: string, params: Params, types: ParamTypes, onRows: (rows: unknown[][]) => Promise<void>): Promise<void> {
    const generation = await this.generation();
    await generation.use(async (c) => {
      const result = await c.stream(sql, params, types);
      for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
        await onRows(chunk.getRows().map((row) => row.map(toPlain)));
      }
    });
  }

  /**
   * `not built` before the first ETL run: the operational API works and analytics say so
   * (WAREHOUSE_NOT_READY); `unavailable` when a built file cannot be read.
   */
  async status(): Promise<'ready' | 'not built' | 'unavailable'> {
    if (!this.fileId()) return 'not built';
    try {
      await (await this.generation()).use((c) => c.run('select 1'));
      return 'ready';
    } catch {
      return 'unavailable';
    }
  }

  close(): void {
    this.current?.retire();
    this.current = undefined;
  }

  private async generation(): Promise<Generation> {
    const fileId = this.fileId();
    if (!fileId) {
      throw appError(ErrorCode.WAREHOUSE_NOT_READY, 'the warehouse has not been built yet: run `eqp etl`');
    }
    if (this.current?.fileId === fileId) return this.current;
    this.opening ??= this.open(fileId).finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  private async open(fileId: string): Promise<Generation> {
    const instance = await DuckDBInstance.create(this.path, { access_mode: 'READ_ONLY' });
    const next = new Generation(instance, fileId);
    const previous = this.current;
    this.current = next;
    previous?.retire();
    return next;
  }
}
