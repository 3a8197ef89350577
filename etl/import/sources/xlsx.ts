import { FileError } from '../file-error.ts';
import { kindOfSheetName } from '../columns.ts';
import { readCell } from './xlsx-cell.ts';
import { inspectWorkbook, type SheetOutline } from './xlsx-inspect.ts';
import { sheetReader, type SheetReader, type StreamRow } from './xlsx-sheet-reader.ts';
import type { CellProblem, ImportSource, SourceRow } from './source.ts';
import type { RawValue } from '../../../server/domain/records/index.ts';

/** The header of row 1; merged header cells would hide which column is which, so they are an error. */
function headerOf(row: StreamRow | undefined, outline: SheetOutline): string[] {
  if (!row) return [];
  // Data below a blank first row: an empty header, which the column mapping refuses clearly.
  if (row.number !== 1) return [''];
  const headers: string[] = [];
  for (let c = 1; c <= row.cellCount; c++) {
    const cell = row.getCell(c);
    if (outline.merged.has(cell.address)) throw new FileError(`sheet ${outline.name}: header cell ${cell.address} is merged; give every column its own title`);
    const reading = readCell(cell.value, cell.address, outline.merged);
    if ('problem' in reading) throw new FileError(`sheet ${outline.name}: header cell ${cell.address} ${reading.problem}`);
    headers.push(reading.value === null || reading.value === undefined ? '' : String(reading.value));
  }
  return headers;
}

function sheetSource(file: string, book: SheetReader, outline: SheetOutline, headers: string[]): ImportSource {
  let rowsRead = 0;
  const dataRows = Math.max(0, outline.lastRow - 1);
  return {
    file,
    sheet: outline.name,
    kindHint: kindOfSheetName(outline.name),
    headers,
    fractionRead: () => (dataRows ? Math.min(1, rowsRead / dataRows) : 1),
    async *rows(): AsyncGenerator<SourceRow> {
      for await (const row of readableRows(book, outline)) {
        if (row.number === 1) continue;
        const cells: RawValue[] = [];
        const problems: CellProblem[] = [];
        for (let c = 1; c <= headers.length; c++) {
          const cell = row.getCell(c);
          const reading = readCell(cell.value, cell.address, outline.merged);
          if ('problem' in reading) problems.push({ column: c - 1, reason: reading.problem });
          cells.push('value' in reading ? reading.value : null);
        }
        rowsRead = row.number - 1;
        yield { row: row.number - 1, cells, problems };
      }
    },
  };
}

/** A sheet's rows, with what goes wrong while reading them said as a file error. */
async function* readableRows(book: SheetReader, outline: SheetOutline): AsyncGenerator<StreamRow> {
  try {
    yield* book.rows(outline);
  } catch (err) {
    throw err instanceof FileError ? err : new FileError(`not a readable .xlsx workbook (${(err as Error).message}); is it truncated or another format?`);
  }
}

async function firstRow(book: SheetReader, outline: SheetOutline): Promise<StreamRow | undefined> {
  for await (const row of readableRows(book, outline)) return row;
  return undefined;
}

/**
 * One source per sheet with data. The workbook's size is checked against `maxBytes` before any
 * of it is parsed; then each sheet is streamed, never loaded whole.
 */
export async function openXlsx(file: string, maxBytes: number): Promise<ImportSource[]> {
  const outlines = await inspectWorkbook(file, maxBytes);
  const book = sheetReader(file);
  const sources: ImportSource[] = [];
  for (const outline of outlines) {
    const headers = headerOf(await firstRow(book, outline), outline);
    if (headers.length) sources.push(sheetSource(file, book, outline, headers));
  }
  if (!sources.length) throw new FileError('the workbook has no sheet with data');
  return sources;
}
