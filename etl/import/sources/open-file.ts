import fs from 'node:fs';
import path from 'node:path';
import { FileError } from '../file-error.ts';
import { openCsv } from './csv.ts';
import { openJson } from './json.ts';
import { openXlsx } from './xlsx.ts';
import type { ImportSource } from './source.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../limits.ts';

const OPENERS: Record<string, (file: string, limits: ImportLimits) => Promise<ImportSource[]>> = {
  '.csv': openCsv,
  '.txt': openCsv,
  '.json': openJson,
  '.xlsx': (file, limits) => openXlsx(file, limits.xlsxMaxBytes),
};

/** The tables a file holds; throws FileError when it cannot be read at all. */
export async function openFile(file: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<ImportSource[]> {
  const ext = path.extname(file).toLowerCase();
  const open = OPENERS[ext];
  if (!open) {
    const hint = ext === '.xls' ? '; save it as .xlsx' : '';
    throw new FileError(`unsupported file type '${ext || '(none)'}'; use .csv, .xlsx or .json${hint}`);
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new FileError('no such file');
  }
  if (!stat.isFile()) throw new FileError('not a file');
  if (stat.size === 0) throw new FileError('the file is empty');
  return open(file, limits);
}
