import { inArray } from 'drizzle-orm';
import { TARGET_CODES, type ReferenceTarget, type Reference } from '../../server/db/references.ts';
import type { Tx } from './upsert.ts';

export type { Reference, ReferenceTarget } from '../../server/db/references.ts';

const LOOKUP_CHUNK = 10_000;

/**
 * Knows which codes exist: those in the store (earlier files of the same command are already
 * committed there) and those of rows accepted earlier in the file being loaded.
 */
export class KnownCodes {
  private readonly known = Object.fromEntries(Object.keys(TARGET_CODES).map((t) => [t, new Set<string>()])) as Record<ReferenceTarget, Set<string>>;

  constructor(private readonly tx: Tx) {}

  /** Looks up, in one query per target, the codes these records name that are not known yet. */
  async load(records: ReadonlyArray<Record<string, unknown>>, references: readonly Reference[]): Promise<void> {
    for (const target of new Set(references.map((r) => r.target))) {
      const fields = references.filter((r) => r.target === target).map((r) => r.field);
      const wanted = new Set(records.flatMap((rec) => fields.map((f) => rec[f])).filter((c): c is string => typeof c === 'string'));
      for (const code of TARGET_CODES[target]) {
        const missing = [...wanted].filter((c) => !this.known[target].has(c));
        for (let i = 0; i < missing.length; i += LOOKUP_CHUNK) {
          const found = await this.tx.select({ code }).from(code.table).where(inArray(code, missing.slice(i, i + LOOKUP_CHUNK)));
          for (const row of found) this.known[target].add(row.code as string);
        }
      }
    }
  }

  has(target: ReferenceTarget, code: string): boolean {
    return this.known[target].has(code);
  }

  add(target: ReferenceTarget, code: string): void {
    this.known[target].add(code);
  }
}
