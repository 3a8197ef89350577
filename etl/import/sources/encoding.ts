import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { FileError } from '../file-error.ts';

export type TextEncoding = 'utf-8' | 'gb18030';

const QUOTE = 0x22;
const LF = 0x0a;

/** How the bytes of one CSV record read. */
type RecordClass = 'ascii' | 'utf-8' | 'other';

/**
 * Chinese text read as UTF-8: CJK characters and full-width forms, and none of the Latin
 * letters that GBK byte pairs such as C5 AE (女) happen to form when misread as UTF-8.
 */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const MISREAD_GBK = /[\u0080-\u02ff]/;
const utf8 = new TextDecoder('utf-8');
const looksLikeUtf8Chinese = (bytes: Uint8Array) => {
  const text = utf8.decode(bytes);
  return CJK.test(text) && !MISREAD_GBK.test(text);
};

const gb18030Valid = (bytes: Uint8Array) => {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** "the header" or "data row 5": records are counted as the CSV reader counts them. */
const where = (record: number) => (record === 0 ? 'the header' : `data row ${record}`);

/**
 * Splits the file's bytes into CSV records (a line feed outside quotes ends one; neither byte
 * occurs inside a UTF-8 or GB18030 character) and remembers the first record of each kind.
 */
class RecordScan {
  records = 0;
  firstOther = -1;
  firstChineseUtf8 = -1;
  firstInvalid = -1;
  private pending: Buffer[] = [];
  private inQuotes = false;
  private nonAscii = false;
  private offset = 0;

  push(chunk: Buffer): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === QUOTE) this.inQuotes = !this.inQuotes;
      else if (b === LF && !this.inQuotes) {
        this.pending.push(chunk.subarray(start, i));
        this.endRecord();
        start = i + 1;
      } else if (b === 0) throw new FileError(`not a text file: a NUL byte at offset ${this.offset + i}`);
      else if (b >= 0x80) this.nonAscii = true;
    }
    // Copied: the stream may reuse its buffers.
    if (start < chunk.length) this.pending.push(Buffer.from(chunk.subarray(start)));
    this.offset += chunk.length;
  }

  end(): void {
    if (this.pending.length) this.endRecord();
  }

  private endRecord(): void {
    const bytes = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    const kind = this.classify(bytes);
    if (kind === 'other') {
      if (this.firstOther < 0) this.firstOther = this.records;
      if (this.firstInvalid < 0 && !gb18030Valid(bytes)) this.firstInvalid = this.records;
    } else if (kind === 'utf-8' && this.firstChineseUtf8 < 0 && looksLikeUtf8Chinese(bytes)) this.firstChineseUtf8 = this.records;
    this.pending = [];
    this.nonAscii = false;
    this.records += 1;
  }

  private classify(bytes: Buffer): RecordClass {
    if (!this.nonAscii) return 'ascii';
    return isUtf8(bytes) ? 'utf-8' : 'other';
  }
}

/**
 * Finds the one encoding the whole file is written in, record by record: UTF-8 when every
 * record is valid UTF-8, else GB18030 (a superset of GBK and GB2312) when every record decodes
 * in it and none is plainly UTF-8 Chinese text. A file that mixes the two (rows pasted from
 * another system) is refused naming the first row that differs, so it never loads as
 * mojibake. NUL bytes mean a binary file, not text.
 */
export async function detectEncoding(file: string): Promise<TextEncoding> {
  const scan = new RecordScan();
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) scan.push(chunk);
  scan.end();
  if (scan.firstOther < 0) return 'utf-8';
  if (scan.firstChineseUtf8 >= 0) {
    const utf8First = scan.firstChineseUtf8 < scan.firstOther;
    const [bad, good] = utf8First ? [scan.firstOther, scan.firstChineseUtf8] : [scan.firstChineseUtf8, scan.firstOther];
    const [badIs, goodIs] = utf8First ? ['not valid UTF-8', 'UTF-8'] : ['UTF-8', 'GBK/GB18030'];
    throw new FileError(
      `the file mixes text encodings: ${where(bad)} is ${badIs} while ${where(good)} is ${goodIs}; ` +
      'nothing of it was loaded — save the whole file in one encoding (UTF-8 CSV)',
    );
  }
  if (scan.firstInvalid >= 0) {
    throw new FileError(`cannot decode the file as UTF-8 or GB18030/GBK (${where(scan.firstInvalid)} is valid in neither); save it as UTF-8 CSV`);
  }
  return 'gb18030';
}
