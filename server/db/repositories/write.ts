import { eq, sql, type SQL } from 'drizzle-orm';
import type { GraphQLError } from 'graphql';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { recordAudit } from '../audit.ts';
import { TARGET_CODES, type Reference, type ReferenceTarget } from '../references.ts';
import type { Entity } from '../../auth/policy.ts';
import { assertOwned, assertWritable } from '../../auth/write-scope.ts';
import { recordDenial } from '../../auth/denial.ts';
import type { ParseResult, RawRow } from '../../domain/records/record.ts';
import { appError, badInput, ErrorCode, notFound, type FieldProblem } from '../../../schema/common/errors.ts';
import type { Reader } from './repository.ts';

export interface Change<R> {
  entityKey: string;
  /** Overrides the action named by the caller, e.g. 'create' versus 'update' of an upsert. */
  action?: string;
  before: unknown;
  after: R;
}

/**
 * The scope checks a change makes before it looks at anything stored (existence, state, the
 * previous event): a record out of scope is refused the same way whatever those are.
 */
export interface WriteScope {
  /** Refuses unless the viewer may write a record owned as `owner` says (the input's agency, region or officer). */
  claim(owner: object, entityKey: string): Promise<void>;
  /** The stored row, refused like an out-of-scope one when the viewer may not write it or (scoped) it is missing. */
  found<Row extends object>(row: Row | undefined, entityKey: string, missing: () => never): Promise<Row>;
}

/**
 * Runs one change and writes its audit event (全程留痕) in the same transaction, so a change
 * is never stored without its trace, nor a trace without its change. The change claims its
 * scope first (WriteScope) and is checked against the viewer's write scope again before it
 * commits; a refusal rolls it back and is audited as 'denied' afterwards (an embedded store has
 * one connection, busy until the rollback).
 */
export async function audited<R>(r: Reader, entity: Entity, action: string, run: (tx: Db, scope: WriteScope) => Promise<Change<R>>): Promise<R> {
  let attempted = '';
  try {
    return await r.store.db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const scope: WriteScope = {
        claim: async (owner, entityKey) => {
          attempted = entityKey;
          await assertOwned(tx, r.viewer, entity, owner);
        },
        found: async (row, entityKey, missing) => {
          attempted = entityKey;
          if (!row && r.viewer.role === 'ADMIN') missing();
          await assertOwned(tx, r.viewer, entity, row);
          return row!;
        },
      };
      const change = await run(tx, scope);
      attempted = change.entityKey;
      await assertWritable(tx, r.viewer, entity, change);
      await recordAudit(tx, {
        actor: r.viewer.subject, action: change.action ?? action, entity, entityKey: change.entityKey,
        before: change.before, after: change.after,
      });
      return change.after;
    });
  } catch (err) {
    if (attempted && (err as GraphQLError).extensions?.code === ErrorCode.FORBIDDEN) {
      await recordDenial(r.store, r.viewer, { entity, entityKey: attempted, reason: (err as Error).message });
    }
    throw err;
  }
}

/** The row matching `where`, locked until the transaction ends so a concurrent change waits. */
export async function lockRow<T extends PgTable>(tx: Db, table: T, where: SQL): Promise<T['$inferSelect'] | undefined> {
  const [row] = await tx.select().from(table as PgTable).where(where).for('update');
  return row as T['$inferSelect'] | undefined;
}

/** Same as lockRow, but a missing row is NOT_FOUND. */
export async function lockExisting<T extends PgTable>(tx: Db, table: T, where: SQL, entity: string, key: string) {
  const row = await lockRow(tx, table, where);
  if (!row) throw notFound(entity, key);
  return row;
}

/** Inserts or replaces the row matching `where`; returns both versions for the audit event. */
export async function upsertRow<T extends PgTable>(tx: Db, table: T, where: SQL, values: T['$inferInsert']) {
  type Row = T['$inferSelect'];
  const before = await lockRow(tx, table, where);
  const [after] = before
    ? await tx.update(table as PgTable).set(values as never).where(where).returning()
    : await tx.insert(table as PgTable).values(values as never).returning();
  return { action: before ? 'update' : 'create', before: before ?? null, after: after as Row };
}

export function conflict(message: string): never {
  throw appError(ErrorCode.CONFLICT, message);
}

/** Whether a record of the target holds this code (for a `unit`, an agency or a region). */
export async function codeExists(tx: Db, target: ReferenceTarget, code: unknown): Promise<boolean> {
  for (const column of TARGET_CODES[target]) {
    if ((await tx.select({ one: sql`1` }).from(column.table).where(eq(column, code)).limit(1)).length) return true;
  }
  return false;
}

/**
 * Validates a mutation input with the record rules the file import uses, then checks that
 * referenced records exist (references: the table's foreign keys, server/db/references.ts);
 * refuses with every bad field listed at once.
 */
export async function validRecord<T>(
  tx: Db, parse: (raw: RawRow) => ParseResult<T>, raw: RawRow, references: readonly Reference[] = [], extra: FieldProblem[] = [],
): Promise<T> {
  const result = parse(raw);
  const problems = [...(result.ok ? [] : result.problems), ...extra];
  for (const ref of references) {
    const value = raw[ref.field];
    if (value == null || problems.some((p) => p.field === ref.field)) continue;
    if (!(await codeExists(tx, ref.target, value))) problems.push({ field: ref.field, reason: `unknown ${ref.target} ${value}` });
  }
  if (problems.length || !result.ok) throw badInput(problems);
  return result.record;
}
