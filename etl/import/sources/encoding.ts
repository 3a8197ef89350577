import fs from 'node:fs';
import { FileError } from '../file-error.ts';

export type TextEncoding = 'utf-8' | 'gb18030';

/** Decoders that refuse invalid bytes, so that a wrong guess is an error rather than mojibake. */
const CANDIDATES: TextEncoding[] = ['utf-8', 'gb18030'];

/**
 * Finds the one encoding the whole file decodes cleanly in: UTF-8 first (valid UTF-8 with Chinese
 * text is practically never valid GB18030 by accident, the other way round it often is), then
 * GB18030, a superset of GBK and GB2312. NUL bytes mean a binary file, not text.
 */
export async function detectEncoding(file: string): Promise<TextEncoding> {
  let failure = '';
  for (const encoding of CANDIDATES) {
    const problem = await decodeProblem(file, encoding);
    if (problem === null) return encoding;
    failure += `${failure ? '; ' : ''}${encoding}: ${problem}`;
  }
  throw new FileError(`cannot decode the file as UTF-8 or GB18030/GBK (${failure}); save it as UTF-8 CSV`);
}

async function decodeProblem(file: string, encoding: TextEncoding): Promise<string | null> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let offset = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw new FileError(`not a text file: a NUL byte at offset ${offset + nul}`);
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      return `invalid bytes within the first ${offset + chunk.length} bytes`;
    }
    offset += chunk.length;
  }
  try {
    decoder.decode();
  } catch {
    return 'the file ends in the middle of a character';
  }
  return null;
}
