import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { MartColumn } from '../../../warehouse/marts/catalog.ts';
import { serializeDecimal } from '../../../schema/common/scalars.ts';
import { csvCell } from '../../csv/csv-cell.ts';

/** Writes one mart download chunk by chunk, so memory holds one DuckDB chunk, not the mart. */
export interface MartWriter {
  start(): Promise<void>;
  rows(rows: unknown[][]): Promise<void>;
  end(): Promise<void>;
}

export interface MartFormat {
  contentType: string;
  /** Already compressed (a zip): never gzipped again. */
  compressed: boolean;
  writer(out: Writable, name: string, columns: MartColumn[]): MartWriter;
}

/** Writes with backpressure: waits for a slow client instead of buffering the mart. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

const isText = (c: MartColumn) => c.type === 'VARCHAR';
const isDecimal = (c: MartColumn) => c.type.startsWith('DECIMAL');

/** A cell as JSON and XLSX carry it: exact integers and decimals as numbers while exact, else strings. */
function plainValue(value: unknown, column: MartColumn): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isDecimal(column)) return serializeDecimal(value);
  return value;
}

const csv: MartFormat = {
  contentType: 'text/csv; charset=utf-8',
  compressed: false,
  writer: (out, _name, columns) => ({
    // The BOM makes Excel and WPS read UTF-8 (Chinese names) instead of the system code page.
    start: () => write(out, '\uFEFF' + columns.map((c) => csvCell(c.name)).join(',') + '\r\n'),
    async rows(rows) {
      let text = '';
      for (const row of rows) {
        text += row.map((v, i) => (v === null || v === undefined ? '' : isText(columns[i]) ? csvCell(String(v)) : String(v))).join(',') + '\r\n';
      }
      await write(out, text);
    },
    end: async () => {},
  }),
};

const json: MartFormat = {
  contentType: 'application/json; charset=utf-8',
  compressed: false,
  writer: (out, _name, columns) => {
    let first = true;
    return {
      start: () => write(out, '['),
      async rows(rows) {
        let text = '';
        for (const row of rows) {
          const record: Record<string, unknown> = {};
          columns.forEach((c, i) => (record[c.name] = plainValue(row[i], c)));
          text += (first ? '\n' : ',\n') + JSON.stringify(record);
          first = false;
        }
        await write(out, text);
      },
      end: () => write(out, '\n]\n'),
    };
  },
};

const xlsx: MartFormat = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  compressed: true,
  writer: (out, name, columns) => {
    // The streaming writer commits each row to the zip as it goes; strings inline (no shared table).
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    return {
      async start() {
        sheet.addRow(columns.map((c) => c.name)).commit();
      },
      async rows(rows) {
        for (const row of rows) {
          sheet.addRow(row.map((v, i) => {
            const value = plainValue(v, columns[i]);
            return typeof value === 'string' && !isText(columns[i]) ? Number(value) : value;
          })).commit();
        }
      },
      async end() {
        sheet.commit();
        await workbook.commit();
      },
    };
  },
};

export const MART_FORMATS: Record<string, MartFormat> = { csv, json, xlsx };
