/**
 * One cell of every CSV the platform writes (reports, mart exports, rejects reports, HTTP CSV).
 *
 * Spreadsheet programs (Excel, WPS, LibreOffice) evaluate a cell that starts with = + - @ tab
 * or carriage return as a formula, so text such as `=HYPERLINK("http://…")` typed into an
 * agency name would run on the reader's machine (CSV injection). As OWASP recommends, such a
 * text cell is prefixed with a single quote and written quoted. Numbers stay numbers: only text
 * is neutralised, so a negative fine written as a number is still -12.5.
 */

/** The first characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const TRIGGERS = new Set<string>(FORMULA_TRIGGERS);
const NEEDS_QUOTES = /[",\r\n]/;

/** Text as it must be written so that no spreadsheet evaluates it: `'=1+1` for `=1+1`. */
export function neutraliseFormula(text: string): string {
  return TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** A value as one CSV cell: null is empty, numbers and booleans as written, text neutralised and quoted as needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const raw = value instanceof Date ? value.toISOString() : String(value);
  const text = neutraliseFormula(raw);
  return text !== raw || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line break). */
export const csvLine = (values: readonly unknown[]): string => values.map(csvCell).join(',');

/**
 * The same neutralisation as a SQL expression over a text column, for CSV written by a database
 * (DuckDB's COPY … TO): `'` is prepended when the first character is a trigger.
 */
export function neutraliseFormulaSql(column: string): string {
  const triggers = FORMULA_TRIGGERS.map((c) => `chr(${c.charCodeAt(0)})`).join(', ');
  return `case when left(${column}, 1) in (${triggers}) then '''' || ${column} else ${column} end`;
}
