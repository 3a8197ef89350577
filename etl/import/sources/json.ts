import fs from 'node:fs/promises';
import { FileError } from '../file-error.ts';
import type { ImportSource, SourceRow } from './source.ts';
import type { RawValue } from '../../../server/domain/records/index.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON array of objects keyed by the same column titles as a CSV header. */
export async function openJson(file: string): Promise<ImportSource[]> {
  const text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FileError(`not valid JSON (${(err as Error).message}); is it truncated?`);
  }
  if (!Array.isArray(data)) throw new FileError('the JSON must be an array of objects, one per record');
  const headers = [...new Set(data.filter(isRecord).flatMap((o) => Object.keys(o)))];
  let rowsRead = 0;
  return [{
    file,
    headers,
    fractionRead: () => (data.length ? rowsRead / data.length : 1),
    async *rows(): AsyncGenerator<SourceRow> {
      for (const [i, item] of data.entries()) {
        rowsRead = i + 1;
        if (!isRecord(item)) {
          yield { row: i + 1, cells: [], problems: [{ column: -1, reason: 'is not a JSON object' }] };
          continue;
        }
        // Nested values pass through; the field rules refuse them with "must be a single value".
        yield { row: i + 1, cells: headers.map((h) => item[h] as RawValue), problems: [] };
      }
    },
  }];
}
