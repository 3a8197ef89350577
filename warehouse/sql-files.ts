import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Reads a warehouse SQL file (relative to warehouse/), cached: models are static per process. */
const cache = new Map<string, string>();
export function readSqlFile(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = fs.readFileSync(path.join(here, relativePath), 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}
