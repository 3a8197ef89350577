import type { Entity } from '../../../server/auth/policy.ts';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Reference } from '../references.ts';
import { upsertRows, type Row } from '../upsert.ts';
import type { LoaderFactory } from './loader.ts';

export interface TableLoaderSpec<R> {
  table: PgTable;
  /** Audit entity name, shared with the GraphQL mutations. */
  entity: Entity;
  /** Key columns, as property names of the table. */
  key: readonly string[];
  /** The table row of a record; by default the record itself (field names equal column names). */
  toRow?: (record: R) => Row;
  references?: readonly Reference[];
  provides?: Reference;
}

/** A kind whose rows upsert one-to-one into one table. */
export function tableLoader<R extends object>(spec: TableLoaderSpec<R>): LoaderFactory<R> {
  const toRow = spec.toRow ?? ((r: R) => ({ ...r }) as Row);
  const upsert = { table: spec.table, entity: spec.entity, key: spec.key };
  return ({ tx, actor }) => ({
    references: spec.references ?? [],
    provides: spec.provides,
    async write(rows) {
      const counts = await upsertRows(tx, upsert, rows.map((r) => toRow(r.record)), actor);
      return { ...counts, rejects: [] };
    },
  });
}
