import { Open, type CentralDirectoryFile } from 'unzipper';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import type { SheetOutline } from './xlsx-inspect.ts';

const READER_OPTIONS = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as const;

/** An exceljs row as the streaming reader gives it (its typings only describe the whole-workbook Row). */
export type StreamRow = ExcelJS.Row;

/**
 * The steps of exceljs's streaming WorkbookReader, which its public `parse` runs over the zip in
 * stored order. Stored order is the problem: exceljs itself writes worksheets before the shared
 * strings, and the reader then copies each sheet to a temp file whose descriptor it never closes
 * when the reading stops early, and whose unlink races the read of a sheet that is skipped (an
 * unhandled ENOENT). Driving the same steps in the order they need, from the zip's directory,
 * reads one sheet without touching the others and without temp files.
 */
interface ReaderSteps {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<StreamRow> }>;
}

async function readPart(part: CentralDirectoryFile | undefined, step: (entry: Readable) => Promise<unknown> | AsyncGenerator<unknown>): Promise<void> {
  if (!part) return;
  const entry = part.stream();
  try {
    const run = step(entry);
    if (Symbol.asyncIterator in run) for await (const _ of run);
    else await run;
  } finally {
    entry.destroy();
  }
}

/** The sheets of one workbook, each streamed from its own zip entry. */
export interface SheetReader {
  rows(outline: SheetOutline): AsyncGenerator<StreamRow>;
}

/**
 * Reads the zip's directory and the parts every sheet needs (relationships, workbook, shared
 * strings, styles) once, on the first sheet read, and keeps them for the workbook's other sheets
 * and for reading a sheet again (its header first, then its rows): memory holds a row and the
 * shared strings.
 */
export function sheetReader(file: string): SheetReader {
  let prepared: Promise<{ part: Map<string, CentralDirectoryFile>; reader: ReaderSteps }> | undefined;
  const prepare = async () => {
    const { files } = await Open.file(file);
    const part = new Map(files.map((f) => [f.path, f]));
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, READER_OPTIONS) as unknown as ReaderSteps;
    await readPart(part.get('xl/_rels/workbook.xml.rels'), (e) => reader._parseRels(e));
    await readPart(part.get('xl/workbook.xml'), (e) => reader._parseWorkbook(e));
    await readPart(part.get('xl/sharedStrings.xml'), (e) => reader._parseSharedStrings(e));
    await readPart(part.get('xl/styles.xml'), (e) => reader._parseStyles(e));
    return { part, reader };
  };
  return {
    async *rows(outline) {
      const { part, reader } = await (prepared ??= prepare());
      const sheetNo = /sheet(\d+)\.xml$/.exec(outline.part)?.[1] ?? '1';
      const entry = part.get(outline.part)!.stream();
      try {
        for (const { eventType, value } of reader._parseWorksheet(entry, sheetNo)) {
          if (eventType === 'worksheet') yield* value;
        }
      } finally {
        entry.destroy();
      }
    },
  };
}
