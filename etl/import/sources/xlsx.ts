import ExcelJS from 'exceljs';
import { FileError } from '../file-error.ts';
import { kindOfSheetName } from '../columns.ts';
import { readCell } from './xlsx-cell.ts';
import type { CellProblem, ImportSource, SourceRow } from './source.ts';
import type { RawValue } from '../../../server/domain/records/index.ts';

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (err) {
    throw new FileError(`not a readable .xlsx workbook (${(err as Error).message}); is it truncated or another format?`);
  }
  return workbook;
}

/** The header of row 1; merged header cells would hide which column is which, so they are an error. */
function headerOf(sheet: ExcelJS.Worksheet): string[] {
  const row = sheet.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) {
    const cell = row.getCell(c);
    if (cell.isMerged) throw new FileError(`sheet ${sheet.name}: header cell ${cell.address} is merged; give every column its own title`);
    const reading = readCell(cell);
    if ('problem' in reading) throw new FileError(`sheet ${sheet.name}: header cell ${cell.address} ${reading.problem}`);
    headers.push(reading.value === null || reading.value === undefined ? '' : String(reading.value));
  }
  return headers;
}

function sheetSource(file: string, sheet: ExcelJS.Worksheet): ImportSource {
  const headers = headerOf(sheet);
  let rowsRead = 0;
  const dataRows = Math.max(0, sheet.rowCount - 1);
  return {
    file,
    sheet: sheet.name,
    kindHint: kindOfSheetName(sheet.name),
    headers,
    fractionRead: () => (dataRows ? rowsRead / dataRows : 1),
    async *rows(): AsyncGenerator<SourceRow> {
      for (let r = 2; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cells: RawValue[] = [];
        const problems: CellProblem[] = [];
        for (let c = 1; c <= headers.length; c++) {
          const reading = readCell(row.getCell(c));
          if ('problem' in reading) problems.push({ column: c - 1, reason: reading.problem });
          cells.push('value' in reading ? reading.value : null);
        }
        rowsRead = r - 1;
        yield { row: r - 1, cells, problems };
      }
    },
  };
}

/** One source per non-empty sheet; the workbook is read whole (sheets are at most ~1M rows). */
export async function openXlsx(file: string): Promise<ImportSource[]> {
  const workbook = await readWorkbook(file);
  const sheets = workbook.worksheets.filter((s) => s.actualRowCount > 0);
  if (!sheets.length) throw new FileError('the workbook has no sheet with data');
  return sheets.map((s) => sheetSource(file, s));
}
