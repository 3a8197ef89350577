import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../auth/viewer.ts';
import type { Entity } from '../../auth/policy.ts';
import type { SelectedFields } from '../../http/selection.ts';
import type { Join } from '../queries/joined-select.ts';
import type { Projection } from '../queries/projection.ts';
import type { Reader } from './repository.ts';

/** What another entity's repository needs to join this one into its reads. */
export interface Joinable {
  entity: Entity;
  table: PgTable;
  key: PgColumn;
  columns(r: Reader): Record<string, PgColumn>;
  scope(viewer: Viewer): SQL | undefined;
  present(r: Reader, rows: object[]): object[];
}

/**
 * A field resolved by loading one record of another entity by a foreign key (a filing's
 * agency): when the query selects it, reads join it in and prime its loader, saving a round trip.
 */
export interface JoinedReference {
  field: string;
  column: PgColumn;
  target(): Joinable;
}

type Joined = { ref: JoinedReference; target: Joinable };

/** What one read selects and joins. */
export interface ReadShape {
  /** Own columns (all when undefined), and each joined reference's under its field name. */
  columns?: Record<string, unknown>;
  joins: Joined[];
  /** Names the shape, for the statement cache. */
  key: string;
}

/** How an entity's reads join in the one-to-one references a query selects, and hand them to their loaders. */
export function joinedReads<Row>(entity: {
  typeName: string;
  references: JoinedReference[];
  allColumns: Record<string, PgColumn>;
  propertyOf: Map<PgColumn, string>;
  projection(r: Reader): Projection<Row>;
}) {
  const shapes = new WeakMap<SelectedFields, ReadShape>();
  /**
   * What one read selects: the columns the operation needs and the selected references joined
   * in. Fixed per operation document, so memoised on its selection.
   */
  const readShape = (r: Reader): ReadShape => {
    const selection = r.operation?.selection;
    const fields = selection?.get(entity.typeName);
    const own = entity.projection(r);
    if (!fields || !r.prime || !entity.references.length) return { columns: own.columns, joins: [], key: own.key };
    let shape = shapes.get(selection!);
    if (shape) return shape;
    const joins = entity.references.filter((ref) => fields.has(ref.field)).map((ref) => ({ ref, target: ref.target() }));
    const columns: Record<string, unknown> = { ...(own.columns ?? entity.allColumns) };
    for (const { ref, target } of joins) columns[ref.field] = target.columns(r);
    const joinKeys = joins.map(({ ref }) => `${ref.field}:${Object.keys(columns[ref.field] as object).join(',')}`);
    shape = joins.length ? { columns, joins, key: [own.key, ...joinKeys].join('|') } : { columns: own.columns, joins, key: own.key };
    shapes.set(selection!, shape);
    return shape;
  };
  /** The left joins of a shape, each under the viewer's scope of the joined entity. */
  const joinsOn = (shape: ReadShape, viewer: Viewer): Join[] =>
    shape.joins.map(({ ref, target }) => ({ table: target.table, on: and(eq(target.key, ref.column), target.scope(viewer))! }));
  /** Takes each joined record off its row and hands it to its loader. */
  const splitJoined = (r: Reader, shape: ReadShape, rows: Row[]): Row[] => {
    if (!shape.joins.length) return rows;
    return rows.map((row) => {
      const own = { ...row } as Record<string, unknown>;
      for (const { ref, target } of shape.joins) {
        const joined = own[ref.field] as object | null;
        delete own[ref.field];
        const key = own[entity.propertyOf.get(ref.column)!];
        if (key != null) r.prime!(target.entity, String(key), joined && target.present(r, [joined])[0]);
      }
      return own as Row;
    });
  };
  return { readShape, joinsOn, splitJoined };
}
