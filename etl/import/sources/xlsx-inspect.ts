import { Open, type CentralDirectoryFile } from 'unzipper';
import { FileError } from '../file-error.ts';

/** What is known of one worksheet before its rows are read. */
export interface SheetOutline {
  name: string;
  /** Merged ranges as their cells' addresses → the range's top-left address. */
  merged: Map<string, string>;
  /** Last row of the sheet's declared dimension, for progress. */
  lastRow: number;
  /** The sheet's part in the zip, e.g. `xl/worksheets/sheet2.xml`. */
  part: string;
}

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

const decodeXml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Column letters → 1-based number, and back. */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function addMerge(merged: Map<string, string>, range: string): void {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return;
  const [c1, r1, c2, r2] = [columnNumber(m[1]), +m[2], columnNumber(m[3]), +m[4]];
  const master = `${m[1]}${m[2]}`;
  // A range covering whole columns of a huge sheet would be millions of cells; only data cells are looked up, so cap it.
  for (let r = r1; r <= Math.min(r2, r1 + 100_000); r++) {
    for (let c = c1; c <= Math.min(c2, c1 + 1_000); c++) merged.set(`${columnLetters(c)}${r}`, master);
  }
}

interface Budget {
  left: number;
  readonly limit: number;
}

/**
 * Streams one entry through inflate, counting what it decompresses to: a zip whose headers
 * understate the size (a zip bomb) is stopped as soon as the running total passes the limit.
 */
async function inflate(entry: CentralDirectoryFile, budget: Budget, onChunk?: (chunk: Buffer) => void): Promise<void> {
  const stream = entry.stream();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        throw new FileError(`the workbook decompresses to more than the limit of ${mib(budget.limit)} (IMPORT_XLSX_MAX_MB); nothing of it was read — split it or save it as CSV`);
      }
      onChunk?.(chunk);
    }
  } finally {
    stream.destroy();
  }
}

/** A small workbook part (workbook.xml, its relationships) as text. */
async function readEntry(entry: CentralDirectoryFile | undefined, budget: Budget): Promise<string> {
  const parts: Buffer[] = [];
  if (entry) await inflate(entry, budget, (chunk) => parts.push(chunk));
  return Buffer.concat(parts).toString('utf8');
}

/** Feeds `scan` the text in order, the tail of the previous chunk repeated so that no tag is cut in two. */
function tagScanner(scan: (text: string) => void): (chunk: Buffer) => void {
  let tail = '';
  return (chunk) => {
    const text = tail + chunk.toString('latin1');
    scan(text);
    tail = text.slice(-200);
  };
}

/**
 * Checks a workbook's size before any of it is parsed — first the sizes its zip directory
 * declares, then what its parts really decompress to — and outlines its sheets: names in
 * workbook order, merged cells and dimensions. Only the small workbook parts are held in memory.
 */
export async function inspectWorkbook(file: string, limitBytes: number): Promise<SheetOutline[]> {
  let files: CentralDirectoryFile[];
  try {
    ({ files } = await Open.file(file));
  } catch (err) {
    throw new FileError(`not a readable .xlsx workbook (${(err as Error).message}); is it truncated or another format?`);
  }
  const declared = files.reduce((n, f) => n + f.uncompressedSize, 0);
  if (declared > limitBytes) {
    throw new FileError(`the workbook declares ${mib(declared)} uncompressed, over the limit of ${mib(limitBytes)} (IMPORT_XLSX_MAX_MB); nothing of it was read — split it or save it as CSV`);
  }
  const byPath = new Map(files.map((f) => [f.path, f]));
  const budget: Budget = { left: limitBytes, limit: limitBytes };
  const inflated = new Set<string>();
  const read = (path: string) => {
    inflated.add(path);
    return readEntry(byPath.get(path), budget);
  };
  try {
    const workbook = await read('xl/workbook.xml');
    const rels = await read('xl/_rels/workbook.xml.rels');
    const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [/\bId="([^"]*)"/.exec(tag)?.[1], /\bTarget="([^"]*)"/.exec(tag)?.[1]]));
    const outlines: SheetOutline[] = [];
    for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      const name = decodeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '');
      const target = targets.get(/\br:id="([^"]*)"/.exec(tag)?.[1]);
      const entry = target && byPath.get(`xl/${target.replace(/^\/?xl\//, '')}`);
      if (!entry) continue;
      const outline: SheetOutline = { name, merged: new Map(), lastRow: 0, part: entry.path };
      inflated.add(entry.path);
      await inflate(entry, budget, tagScanner((text) => {
        for (const m of text.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) addMerge(outline.merged, m[1]);
        const dimension = /<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(text);
        if (dimension && !outline.lastRow) outline.lastRow = Number(dimension[1] ?? 1);
      }));
      outlines.push(outline);
    }
    // Shared strings, styles and the rest count against the limit too.
    for (const f of files) if (!inflated.has(f.path)) await inflate(f, budget);
    return outlines;
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw new FileError(`not a readable .xlsx workbook (${(err as Error).message}); is it truncated or another format?`);
  }
}
