import fs from 'node:fs/promises';
import { FileError } from '../file-error.ts';
import type { CellProblem, ImportSource, SourceRow } from './source.ts';
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
  if (!headers.length) throw new FileError('the JSON array holds no object with fields; give one object per record');
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
        // A nested value (however deep) is refused here, never walked: printing or validating
        // an array nested 100,000 deep would overflow the stack and fail the whole file.
        const problems: CellProblem[] = [];
        const cells = headers.map((h, column) => {
          const value = item[h];
          if (typeof value !== 'object' || value === null) return value as RawValue;
          problems.push({ column, reason: 'must be a single value, not a nested object or array' });
          return null;
        });
        yield { row: i + 1, cells, problems };
      }
    },
  }];
}
