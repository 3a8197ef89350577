import fs from 'node:fs';
import path from 'node:path';
import { runImport, type ImportOptions } from '../../etl/import/run-import.ts';
import { openStore, type Store } from '../../server/db/client.ts';
import { WORK } from './paths.ts';

/** How the benchmarks import: filings accepted, the audit naming `bench`, rejects under bench/.work. */
export const BENCH_IMPORT: ImportOptions = { accept: true, actor: 'bench', rejectsDir: path.join(WORK, 'rejects') };

/** The exported files a penalty file refers to: regions, agencies and standards. */
export const referenceFiles = (files: Array<{ kind: string; file: string }>) =>
  files.filter((f) => ['regions', 'agencies', 'standards'].includes(f.kind)).map((f) => f.file);

/** A PGlite store on disk in `dir`, emptied first, migrated and holding the `references`; open. */
export async function pgliteWithReferences(dir: string, references: string[]): Promise<Store> {
  fs.rmSync(dir, { recursive: true, force: true });
  const store = await openStore({ pgliteDir: dir });
  try {
    await store.migrate();
    await runImport(store, references, BENCH_IMPORT);
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
