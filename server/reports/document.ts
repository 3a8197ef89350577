import ExcelJS from 'exceljs';
import { csvLine } from '../csv/csv-cell.ts';

/**
 * A report as a document: a title, notes and tables, written as Markdown, CSV or XLSX by the
 * writers below, so that every leadership report formats its numbers the same way in each.
 */
export type Cell = string | number | boolean | null;

/**
 * How a cell reads: a number with one or two decimals, a rate as a percentage, a rank change as
 * an arrow, yes/no, or a figure (whole numbers as they are, others to four places).
 */
export type CellFormat = 'text' | 'fixed1' | 'fixed2' | 'percent' | 'change' | 'yesNo' | 'figure';

export interface DocumentColumn { title: string; format?: CellFormat }

export interface DocumentTable {
  title: string;
  /** The worksheet's name in XLSX (31 characters at most). */
  sheet: string;
  columns: DocumentColumn[];
  rows: Cell[][];
}

export interface ReportDocument {
  title: string;
  notes: string[];
  tables: DocumentTable[];
  /** The machine-readable form: one header of field names and raw values, no formatting. */
  csv: { header: string[]; rows: Cell[][] };
}

const number = (format: (n: number) => string) => (value: Cell) => (typeof value === 'number' ? format(value) : value === null ? '' : String(value));

const TEXT: Record<CellFormat, (value: Cell) => string> = {
  text: (value) => (value === null ? '' : String(value)),
  fixed1: number((n) => n.toFixed(1)),
  fixed2: number((n) => n.toFixed(2)),
  percent: number((n) => `${(n * 100).toFixed(1)}%`),
  change: (value) => (typeof value !== 'number' ? '–' : value > 0 ? `↑${value}` : value < 0 ? `↓${-value}` : '0'),
  yesNo: (value) => (value === null ? '' : value ? '是 yes' : '否 no'),
  figure: number((n) => (Number.isInteger(n) ? String(n) : n.toFixed(4))),
};

/** The same formats as spreadsheet number formats, so XLSX cells stay numbers. */
const NUMBER_FORMAT: Partial<Record<CellFormat, string>> = { fixed1: '0.0', fixed2: '0.00', percent: '0.0%', change: '"↑"0;"↓"0;0' };

const cellText = (column: DocumentColumn, value: Cell) => TEXT[column.format ?? 'text'](value);

function markdownTable(table: DocumentTable): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    line(table.columns.map((c) => c.title)),
    `|${table.columns.map(() => '---').join('|')}|`,
    ...table.rows.map((row) => line(row.map((value, i) => cellText(table.columns[i]!, value)))),
  ].join('\n');
}

export function renderMarkdown(doc: ReportDocument): string {
  const sections = doc.tables.flatMap((table) => [`## ${table.title}`, '', table.rows.length ? markdownTable(table) : 'None. 无。', '']);
  return [`# ${doc.title}`, '', ...doc.notes, '', ...sections].join('\n');
}

/** CSV with a byte-order mark, so that spreadsheet programs read the Chinese names as UTF-8. */
export function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + [header.join(','), ...rows.map(csvLine)].join('\n') + '\n';
}

export const renderCsv = (doc: ReportDocument): string => csvText(doc.csv.header, doc.csv.rows);

export async function writeXlsx(doc: ReportDocument, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const table of doc.tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow(table.columns.map((c) => c.title)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((value, i) => (table.columns[i]!.format === 'yesNo' ? cellText(table.columns[i]!, value) : value)));
    table.columns.forEach((column, i) => {
      const target = sheet.getColumn(i + 1);
      target.width = 18;
      const format = NUMBER_FORMAT[column.format ?? 'text'];
      if (format) target.numFmt = format;
    });
  }
  await workbook.xlsx.writeFile(file);
}
