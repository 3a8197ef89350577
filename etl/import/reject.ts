/** One refused row (or, with row null, a refused file), as the rejects report lists it. */
export interface Reject {
  /** 1-based data row: the first row below the header is 1. */
  row: number | null;
  /** The column title as written in the file. */
  column: string | null;
  /** The canonical field name. */
  field: string | null;
  value: string | null;
  reason: string;
}

export const ROW_CONVENTION = 'row = 1-based data row: the first row below the header is row 1 (spreadsheet row 2)';

/** "data row 3, column 季度 (quarter) = '5': must be at most 4" */
export function describeReject(r: Reject): string {
  const where = [
    r.row !== null && `data row ${r.row}`,
    r.column !== null && `column ${r.column}${r.field && r.field !== r.column ? ` (${r.field})` : ''}`,
  ].filter(Boolean).join(', ');
  const value = r.value !== null && r.value !== '' ? ` = '${r.value}'` : '';
  return `${where}${value}: ${r.reason}`;
}
