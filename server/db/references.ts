import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { columnProperties } from './queries/projection.ts';
import { agencies, complaints, officers, problems, regions, tasks } from './tables/index.ts';

/** What a code field may point at; a `unit` (a progress report's reporting unit) is an agency or a region. */
export type ReferenceTarget = 'region' | 'agency' | 'officer' | 'task' | 'unit' | 'complaint' | 'problem';

/** A field of a record that names another record, which must exist. */
export interface Reference {
  field: string;
  target: ReferenceTarget;
}

/** The columns a target's codes are looked up in: any one holding the code is enough. */
export const TARGET_CODES: Record<ReferenceTarget, readonly PgColumn[]> = {
  region: [regions.code],
  agency: [agencies.code],
  officer: [officers.officerNo],
  task: [tasks.taskCode],
  unit: [agencies.code, regions.code],
  complaint: [complaints.complaintNo],
  problem: [problems.code],
};

/** The target whose codes are exactly this column (a `unit` is two columns, so no foreign key points at it). */
export function targetOfColumn(column: PgColumn): ReferenceTarget | undefined {
  return (Object.keys(TARGET_CODES) as ReferenceTarget[]).find((t) => TARGET_CODES[t].length === 1 && TARGET_CODES[t][0] === column);
}

/**
 * The references of a table's rows, read from its foreign keys: each foreign key names the
 * target whose code it holds, so a relation is declared once, on the drizzle table, and the
 * import's and the mutations' existence checks follow it. A foreign key onto a column that is
 * no target's code throws: add the target, or the write would fail on the constraint instead
 * of naming the field.
 */
export function tableReferences(table: PgTable): Reference[] {
  return getTableConfig(table).foreignKeys.map((fk) => {
    const { columns, foreignColumns } = fk.reference();
    const target = columns.length === 1 ? targetOfColumn(foreignColumns[0]) : undefined;
    if (!target) throw new Error(`${getTableConfig(table).name}: no reference target holds ${foreignColumns.map((c) => c.name).join(', ')}; add one to TARGET_CODES`);
    return { field: columnProperties(table).get(columns[0])!, target };
  });
}
