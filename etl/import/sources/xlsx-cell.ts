import type { CellValue } from 'exceljs';
import type { RawValue } from '../../../server/domain/records/index.ts';

export type CellReading = { value: RawValue } | { problem: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Excel stores dates as wall-clock serials; exceljs hands them over as Dates whose UTC fields are
 * that wall clock. Written back as text they mean local (Asia/Shanghai) time, as the file intends.
 */
function wallClockText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const seconds = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  if (seconds === 0 && d.getUTCMilliseconds() === 0) return day;
  return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function readValue(v: CellValue): CellReading {
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) return { value: wallClockText(v) };
  if (typeof v !== 'object') return { value: v };
  if ('error' in v) return { problem: `holds the error value ${v.error}` };
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
  if ('hyperlink' in v) return { value: String(v.text) };
  if ('formula' in v || 'sharedFormula' in v) {
    // Only the result Excel saved with the file counts; we do not evaluate formulas ourselves.
    if (v.result === undefined) return { problem: 'is a formula without a saved result; open the file in Excel and save it again, or paste values' };
    return readValue(v.result as CellValue);
  }
  return { problem: 'holds a value of an unknown kind' };
}

/**
 * The value of one data cell; a cell merged into another is refused because only the range's
 * first cell holds the value. `merged` maps each merged cell's address to its range's first cell.
 */
export function readCell(value: CellValue, address: string, merged: ReadonlyMap<string, string>): CellReading {
  const master = merged.get(address);
  if (master && master !== address) return { problem: `is merged into ${master}; give the value in every row` };
  return readValue(value);
}
