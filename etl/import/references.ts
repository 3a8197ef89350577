import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { agencies, complaints, officers, problems, regions, tasks } from '../../server/db/tables/index.ts';
import type { Tx } from './upsert.ts';

/** What a code field may point at; a `unit` (a progress report's reporting unit) is an agency or a region. */
export type ReferenceTarget = 'region' | 'agency' | 'officer' | 'task' | 'unit' | 'complaint' | 'problem';

/** A field of a record that names another record, which must exist. */
export interface Reference {
  field: string;
  target: ReferenceTarget;
}

/** The tables a target's codes are looked up in: any one holding the code is enough. */
const LOOKUP: Record<ReferenceTarget, ReadonlyArray<{ table: PgTable; code: PgColumn }>> = {
  region: [{ table: regions, code: regions.code }],
  agency: [{ table: agencies, code: agencies.code }],
  officer: [{ table: officers, code: officers.officerNo }],
  task: [{ table: tasks, code: tasks.taskCode }],
  unit: [{ table: agencies, code: agencies.code }, { table: regions, code: regions.code }],
  complaint: [{ table: complaints, code: complaints.complaintNo }],
  problem: [{ table: problems, code: problems.code }],
};

const LOOKUP_CHUNK = 10_000;

/**
 * Knows which codes exist: those in the store (earlier files of the same command are already
 * committed there) and those of rows accepted earlier in the file being loaded.
 */
export class KnownCodes {
  private readonly known = Object.fromEntries(Object.keys(LOOKUP).map((t) => [t, new Set<string>()])) as Record<ReferenceTarget, Set<string>>;

  constructor(private readonly tx: Tx) {}

  /** Looks up, in one query per target, the codes these records name that are not known yet. */
  async load(records: ReadonlyArray<Record<string, unknown>>, references: readonly Reference[]): Promise<void> {
    for (const target of new Set(references.map((r) => r.target))) {
      const fields = references.filter((r) => r.target === target).map((r) => r.field);
      const wanted = new Set(records.flatMap((rec) => fields.map((f) => rec[f])).filter((c): c is string => typeof c === 'string'));
      for (const { table, code } of LOOKUP[target]) {
        const missing = [...wanted].filter((c) => !this.known[target].has(c));
        for (let i = 0; i < missing.length; i += LOOKUP_CHUNK) {
          const found = await this.tx.select({ code }).from(table).where(inArray(code, missing.slice(i, i + LOOKUP_CHUNK)));
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
