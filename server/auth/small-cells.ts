import type { Viewer } from './viewer.ts';

/**
 * Small-cell suppression (小样本抑制), the way statistics offices publish: an aggregate built from
 * fewer than `minRecords` records (MIN_CELL_RECORDS, default 5) could disclose one case's fine,
 * one officer's training or one survey's score, so PUBLIC does not get it — the cell is left
 * out, as if the group had no data. Signed-in roles read every cell. One rule for every
 * published aggregate (GraphQL analytics, mart routes): call it with the row's record count.
 */
export function publishable(viewer: Viewer, minRecords: number, records: number): boolean {
  return viewer.role !== 'PUBLIC' || records >= minRecords;
}

/** The rows the viewer may read, each row's record count given by `recordsOf`. */
export function publishableRows<T>(viewer: Viewer, minRecords: number, rows: T[], recordsOf: (row: T) => number): T[] {
  return viewer.role === 'PUBLIC' ? rows.filter((row) => publishable(viewer, minRecords, Number(recordsOf(row)))) : rows;
}
