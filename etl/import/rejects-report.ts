import fs from 'node:fs/promises';
import path from 'node:path';
import { csvLine } from '../../server/csv/csv-cell.ts';
import { ROW_CONVENTION, type Reject } from './reject.ts';

export interface RejectsPaths {
  csv: string;
  json: string;
}

export interface RejectsReportInput {
  file: string;
  sheet?: string;
  kind?: string;
  error?: string;
  rejects: Reject[];
}

const CSV_COLUMNS = ['file', 'sheet', 'row', 'column', 'field', 'value', 'reason'] as const;

/** A file name safe on every system, from the source file and sheet names. */
function baseName(input: RejectsReportInput): string {
  const name = path.basename(input.file) + (input.sheet ? `-${input.sheet}` : '');
  return name.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/**
 * Writes `<stamp>-<file>.rejects.csv` and `.json` into `dir`. The CSV starts with a BOM so that
 * Excel opens the Chinese text correctly; a file-level error is one line with an empty row.
 */
export async function writeRejectsReport(dir: string, stamp: string, input: RejectsReportInput): Promise<RejectsPaths> {
  await fs.mkdir(dir, { recursive: true });
  const base = path.join(dir, `${stamp}-${baseName(input)}.rejects`);
  const lines = input.error ? [{ row: null, column: null, field: null, value: null, reason: input.error }, ...input.rejects] : input.rejects;
  const csv = [
    CSV_COLUMNS.join(','),
    ...lines.map((r) => csvLine([input.file, input.sheet, r.row, r.column, r.field, r.value, r.reason])),
  ].join('\r\n');
  await fs.writeFile(`${base}.csv`, '\uFEFF' + csv + '\r\n');
  const json = { file: input.file, sheet: input.sheet ?? null, kind: input.kind ?? null, rowConvention: ROW_CONVENTION, error: input.error ?? null, rejects: input.rejects };
  await fs.writeFile(`${base}.json`, JSON.stringify(json, null, 2) + '\n');
  return { csv: `${base}.csv`, json: `${base}.json` };
}
