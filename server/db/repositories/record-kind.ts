import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { OWNERS } from '../../auth/owners.ts';
import type { Viewer } from '../../auth/viewer.ts';
import type { RawRow } from '../../domain/records/record.ts';
import { auditKey } from '../audit-key.ts';
import { kindKeyColumns, kindReferences, kindRow, type KindTable } from '../kinds.ts';
import type { FieldProblem } from '../../../schema/common/errors.ts';
import type { Reader } from './repository.ts';
import { audited, upsertRow, validRecord } from './write.ts';

export interface RecordKindOptions<I> {
  /** The row the record rules read, when it is not the input as it is (an agency's domains as the file's `;`-separated cell). */
  raw?: (input: I) => RawRow;
  /** Problems the record rules cannot see: they need the store (a region's parent under itself) or fields the rules do not carry. */
  extra?: (tx: Db, input: I) => FieldProblem[] | Promise<FieldProblem[]>;
  /** Columns stored beside the record (an officer's contact details, which files do not carry). */
  values?: (input: I) => Record<string, unknown>;
}

/** The audit key of a record (server/db/audit-key.ts), from its record fields. */
export const entityKeyOf = (kind: KindTable<any>, values: object): string => auditKey(kind.entity, kind.rules.key, values);

/** The stored row with the record's key; a null key value (a survey's other subject) matches null. */
export function keyWhere(kind: KindTable<any>, record: object): SQL {
  const values = record as Record<string, unknown>;
  return and(...kindKeyColumns(kind).map(({ field, column }) => (values[field] == null ? isNull(column) : eq(column, values[field]))))!;
}

/**
 * The record mutation of a kind stored one record to one row (server/db/kinds.ts): claims the
 * row scope from the input's owner fields before anything stored is read (kinds without an
 * owner are ADMIN's), validates with the import's record rules and the table's references,
 * inserts or replaces the row with the record's key and audits the change under that key.
 */
export function recordKind<T extends PgTable, N, I extends object = object>(
  kind: KindTable<any, T>,
  repository: { present(viewer: Viewer, row: T['$inferSelect']): N },
  options: RecordKindOptions<I> = {},
): (r: Reader, input: I) => Promise<N> {
  const references = kindReferences(kind);
  const owned = OWNERS[kind.entity] !== undefined;
  return (r, input) => audited(r, kind.entity, 'update', async (tx, scope) => {
    if (owned) await scope.claim(input, entityKeyOf(kind, input));
    const extra = (await options.extra?.(tx, input)) ?? [];
    const raw = options.raw?.(input) ?? ({ ...input } as unknown as RawRow);
    const record = await validRecord(tx, kind.rules.parse, raw, references, extra);
    const values = { ...kindRow(kind, record), ...options.values?.(input) } as T['$inferInsert'];
    const change = await upsertRow(tx, kind.table, keyWhere(kind, record), values);
    return { entityKey: entityKeyOf(kind, record), ...change };
  }).then((row) => repository.present(r.viewer, row));
}
