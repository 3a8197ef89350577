import fs from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { FileError } from '../file-error.ts';
import { detectEncoding, type TextEncoding } from './encoding.ts';
import type { ImportSource, SourceRow } from './source.ts';

/** Decodes with a fatal TextDecoder, so bytes that changed since detection still fail loudly. */
function decoderStream(encoding: TextEncoding): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new FileError(`the file is no longer valid ${encoding}`));
      }
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

/** Parses CSV records as string arrays; quoting errors (a truncated file) become FileErrors. */
async function* records(file: string, encoding: TextEncoding, onBytes: (n: number) => void): AsyncGenerator<string[]> {
  const input = fs.createReadStream(file);
  input.on('data', (chunk) => onBytes(chunk.length));
  const parser = input.pipe(decoderStream(encoding)).pipe(parse({ relax_column_count: true, skip_empty_lines: false }));
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield record;
  } catch (err) {
    throw err instanceof FileError ? err : new FileError(`the CSV cannot be parsed: ${(err as Error).message}`);
  } finally {
    input.destroy();
  }
}

export async function openCsv(file: string): Promise<ImportSource[]> {
  const encoding = await detectEncoding(file);
  const size = fs.statSync(file).size;
  const reader = records(file, encoding, () => {});
  const first = await reader.next();
  await reader.return(undefined);
  if (first.done) throw new FileError('the file has no header row');
  const headers = first.value;
  let bytesRead = 0;
  return [{
    file,
    headers,
    fractionRead: () => (size ? Math.min(1, bytesRead / size) : 1),
    async *rows(): AsyncGenerator<SourceRow> {
      let row = -1;
      for await (const cells of records(file, encoding, (n) => (bytesRead += n))) {
        row += 1;
        if (row === 0) continue;
        const problems = cells.length > headers.length
          ? [{ column: headers.length, reason: `the row has ${cells.length} values but the header ${headers.length} columns` }]
          : [];
        yield { row, cells, problems };
      }
    },
  }];
}
