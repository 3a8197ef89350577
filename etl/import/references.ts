import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { agencies, officers, regions } from '../../server/db/tables/index.ts';
import type { Tx } from './upsert.ts';

/** What a code field may point at. */
export type ReferenceTarget = 'region' | 'agency' | 'officer';

/** A field of a record that names another record, which must exist. */
export interface Reference {
  field: string;
  target: ReferenceTarget;
}

const LOOKUP: Record<ReferenceTarget, { table: PgTable; code: PgColumn }> = {
  region: { table: regions, code: regions.code },
  agency: { table: agencies, code: agencies.code },
  officer: { table: officers, code: officers.officerNo },
};

const LOOKUP_CHUNK = 10_000;

/**
 * Knows which codes exist: those in the store (earlier files of the same command are already
 * committed there) and those of rows accepted earlier in the file being loaded.
 */
export class KnownCodes {
  private readonly known: Record<ReferenceTarget, Set<string>> = { region: new Set(), agency: new Set(), officer: new Set() };

  constructor(private readonly tx: Tx) {}

  /** Looks up, in one query per target, the codes these records name that are not known yet. */
  async load(records: ReadonlyArray<Record<string, unknown>>, references: readonly Reference[]): Promise<void> {
    for (const target of new Set(references.map((r) => r.target))) {
      const fields = references.filter((r) => r.target === target).map((r) => r.field);
      const wanted = new Set(records.flatMap((rec) => fields.map((f) => rec[f])).filter((c): c is string => typeof c === 'string'));
      const missing = [...wanted].filter((c) => !this.known[target].has(c));
      const { table, code } = LOOKUP[target];
      for (let i = 0; i < missing.length; i += LOOKUP_CHUNK) {
        const found = await this.tx.select({ code }).from(table).where(inArray(code, missing.slice(i, i + LOOKUP_CHUNK)));
        for (const row of found) this.known[target].add(row.code as string);
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
