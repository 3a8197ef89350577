import type { RawValue } from '../../../server/domain/records/index.ts';
import type { RecordKind } from '../../../server/domain/records/index.ts';

/** A cell the reader could not turn into a value (formula without a result, merged cell, …). */
export interface CellProblem {
  column: number;
  reason: string;
}

export interface SourceRow {
  /** 1-based data row: the first row below the header is 1; blank rows count too. */
  row: number;
  cells: RawValue[];
  problems: CellProblem[];
}

/** One table to load: a CSV or JSON file, or one sheet of a workbook. */
export interface ImportSource {
  file: string;
  sheet?: string;
  /** The kind the container names (a sheet called `filings`), if any. */
  kindHint?: RecordKind;
  headers: string[];
  /** Streams the data rows; may throw a FileError (bad encoding, truncated file). */
  rows(): AsyncIterable<SourceRow>;
  /** Share of the source read so far, 0–1, for progress display. */
  fractionRead(): number;
}

export const isBlankRow = (cells: RawValue[]) =>
  cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
