import { RECORD_RULES, type RawRow } from '../../server/domain/records/index.ts';
import type { Store } from '../../server/db/client.ts';
import type { ColumnMap } from './columns.ts';
import { FileKeys } from './file-keys.ts';
import { LOADERS } from './kinds/index.ts';
import type { KindLoader, ValidRow } from './kinds/loader.ts';
import { KnownCodes } from './references.ts';
import type { Reject } from './reject.ts';
import { isBlankRow, type ImportSource, type SourceRow } from './sources/source.ts';
import type { UpsertCounts } from './upsert.ts';

export interface SourceOutcome extends UpsertCounts {
  rowsRead: number;
  rejects: Reject[];
}

export interface LoadOptions {
  actor: string;
  accept: boolean;
  now: Date;
  onRows?: (rowsRead: number) => void;
}

/**
 * Rows written per batch: each batch's references are looked up and its rows merged in a few
 * statements. Larger batches save PostgreSQL little once a batch is COPYed and merged in one
 * statement, and cost Node more: two batches are alive at once (the one written, the one read
 * meanwhile), and at 20,000 rows they outgrow the young generation, so GC takes a fifth more CPU.
 */
const BATCH_ROWS = 5_000;
/** Progress is reported every so many rows read, whatever the batch. */
const PROGRESS_ROWS = 2_000;

const show = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v));

/**
 * Loads one source in one transaction: rows are validated, checked for duplicate keys and
 * unknown codes, and written in batches. Refused rows are collected; any other error rolls the
 * whole source back.
 */
export async function loadSource(store: Store, source: ImportSource, columns: ColumnMap, options: LoadOptions): Promise<SourceOutcome> {
  const rules = RECORD_RULES[columns.kind];
  const columnOf = (field: string) => source.headers[columns.fields.indexOf(field)] ?? field;
  return store.db.transaction(async (tx) => {
    const loader: KindLoader<Record<string, unknown>> = LOADERS[columns.kind]({ tx, actor: options.actor, accept: options.accept, now: options.now });
    const known = new KnownCodes(tx);
    const keys = new FileKeys(tx);
    const outcome: SourceOutcome = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejects: [] };
    const refuse = (row: number, field: string | null, value: unknown, reason: string) =>
      outcome.rejects.push({ row, column: field === null ? null : columnOf(field), field, value: show(value), reason });
    const refuseDuplicate = (row: number, record: Record<string, unknown>, key: string) =>
      refuse(row, rules.key[0], record[rules.key[0]], `duplicate key (${rules.key.join(', ')}) = ${key}: an earlier row of this file has it`);
    let rawValues = new Map<number, RawRow>();
    let batch: ValidRow<Record<string, unknown>>[] = [];
    // The batch being written; the next one is parsed and validated meanwhile (PostgreSQL works
    // in its own process), but each batch's lookups and writes start only once the previous
    // batch's have ended: one connection, and loaders that read what earlier batches wrote.
    let writing: Promise<void> = Promise.resolve();

    const write = async (batchRows: ValidRow<Record<string, unknown>>[], batchKeys: string[], raws: Map<number, RawRow>) => {
      // A row whose key an earlier batch took is refused here, before anything of it is looked up or written.
      const taken = await keys.takeBatch(batchKeys);
      const rows = batchRows.filter((b, i) => {
        if (!taken.has(batchKeys[i])) return true;
        refuseDuplicate(b.row, b.record, batchKeys[i]);
        return false;
      });
      await known.load(rows.map((b) => b.record), loader.references);
      const valid = resolvedRows(rows, loader, known);
      const kept = new Set(valid);
      if (loader.provides) for (const { record } of valid) known.add(loader.provides.target, record[loader.provides.field] as string);
      for (const { row, record } of rows.filter((b) => !kept.has(b))) {
        const missing = loader.references.find((r) => typeof record[r.field] === 'string' && !known.has(r.target, record[r.field] as string))!;
        refuse(row, missing.field, record[missing.field], `unknown ${missing.target} '${record[missing.field]}': not in the store nor in a loadable row or earlier file of this import`);
      }
      const written = await loader.write(valid);
      for (const r of written.rejects) refuse(r.row, r.field, raws.get(r.row)?.[r.field], r.reason);
      outcome.inserted += written.inserted;
      outcome.updated += written.updated;
      outcome.unchanged += written.unchanged;
    };

    const flush = async () => {
      const rows = batch;
      const raws = rawValues;
      const batchKeys = keys.endBatch();
      batch = [];
      rawValues = new Map();
      await writing;
      writing = write(rows, batchKeys, raws);
      // Awaited by the next flush; until then a failure must not count as unhandled.
      writing.catch(() => {});
    };

    try {
      for await (const sourceRow of source.rows()) {
        if (isBlankRow(sourceRow.cells) && !sourceRow.problems.length) continue;
        outcome.rowsRead += 1;
        if (outcome.rowsRead % PROGRESS_ROWS === 0) options.onRows?.(outcome.rowsRead);
        const raw = rawRow(sourceRow, columns);
        if (sourceRow.problems.length) {
          for (const p of sourceRow.problems) {
            const field = columns.fields[p.column] ?? null;
            outcome.rejects.push({ row: sourceRow.row, column: source.headers[p.column] ?? null, field, value: null, reason: p.reason });
          }
          continue;
        }
        const parsed = rules.parse(raw);
        if (!parsed.ok) {
          for (const p of parsed.problems) refuse(sourceRow.row, p.field, raw[p.field], p.reason);
          continue;
        }
        const record = parsed.record as Record<string, unknown>;
        const key = JSON.stringify(rules.key.map((k) => record[k] ?? null));
        // An earlier row of this batch has the key; one of an earlier batch is found when the batch is written.
        if (!keys.claim(key)) {
          refuseDuplicate(sourceRow.row, record, key);
          continue;
        }
        if (loader.refusesWhileWriting) rawValues.set(sourceRow.row, raw);
        batch.push({ row: sourceRow.row, record });
        if (batch.length >= BATCH_ROWS) await flush();
      }
      await flush();
      await writing;
      options.onRows?.(outcome.rowsRead);
    } finally {
      // A batch still being written when reading fails must end before the transaction does:
      // none of its statements may reach the connection after the rollback.
      await writing.catch(() => {});
    }
    // Refusals found while writing come after those found while parsing; list them by row.
    outcome.rejects.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return outcome;
  });
}

/**
 * The rows of a batch whose references resolve: to codes known before, or, for a kind that
 * refers to itself (a region's parent), to another row of the batch that itself resolves, in
 * whatever order the rows come. Rows pointing at nothing loadable drop out, and so do their
 * descendants, until nothing changes.
 */
function resolvedRows<R extends Record<string, unknown>>(batch: ValidRow<R>[], loader: KindLoader<R>, known: KnownCodes): ValidRow<R>[] {
  const self = loader.provides;
  let rows = batch;
  for (;;) {
    const inBatch = new Set(self ? rows.map((b) => b.record[self.field] as string) : []);
    const next = rows.filter(({ record }) => loader.references.every((r) => {
      const code = record[r.field];
      return typeof code !== 'string' || known.has(r.target, code) || (r.target === self?.target && inBatch.has(code));
    }));
    if (next.length === rows.length) return rows;
    rows = next;
  }
}

function rawRow(sourceRow: SourceRow, columns: ColumnMap): RawRow {
  const raw: RawRow = {};
  columns.fields.forEach((field, i) => {
    if (field) raw[field] = sourceRow.cells[i];
  });
  return raw;
}
