import { and, asc, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Store } from '../client.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { hiddenFields, maskPersonal, scopeCondition, type Entity } from '../../auth/policy.ts';
import { deny } from '../../auth/denial.ts';
import { columnConditions } from '../queries/filter-sql.ts';
import { selectPage, type Ordering } from '../queries/page.ts';
import type { Page } from '../../../schema/common/connection.ts';
import type { FilterOperators } from '../../../schema/common/filters.ts';

/** Who reads and through which store; a RequestContext is one, so are the loaders' closures. */
export interface Reader {
  store: Store;
  viewer: Viewer;
}

export interface ListReader extends Reader {
  config: { maxPageSize: number };
}

/** A filter field maps to a column (the standard operators) or to a function for anything else. */
export type FilterMapping<F> = { [K in keyof F]-?: PgColumn | ((value: NonNullable<F[K]>) => SQL | undefined) };

export interface ListArgs<F, O extends string> {
  filter?: F | null;
  orderBy?: Array<{ field: O; direction: 'ASC' | 'DESC' }> | null;
  first?: number | null;
  after?: string | null;
}

export interface EntitySpec<T extends PgTable, N, F, O extends string> {
  entity: Entity;
  table: T;
  /** Primary key: the last tie-break of every ordering, so pages are stable. */
  key: PgColumn[];
  filters: FilterMapping<F>;
  orders: Record<O, PgColumn>;
  /** Ordering when the client asks for none; the key alone otherwise. */
  defaultOrder?: Ordering[];
  toNode(row: T['$inferSelect']): N;
}

/**
 * The data access of one entity: every read ANDs the viewer's scope (server/auth/policy.ts)
 * into its SQL and passes each node through personal-data masking.
 */
export function repository<T extends PgTable, N extends object, F extends object, O extends string>(
  spec: EntitySpec<T, N, F, O>,
) {
  type Row = T['$inferSelect'];
  const visible = (viewer: Viewer, where?: SQL) => and(scopeCondition(viewer, spec.entity), where);
  const present = (viewer: Viewer, row: Row): N => maskPersonal(viewer, spec.entity, spec.toNode(row));
  const filterSql = (filter: F | null | undefined) =>
    and(...Object.entries(filter ?? {}).flatMap(([field, value]) => {
      if (value == null) return [];
      const mapping = spec.filters[field as keyof F];
      return typeof mapping === 'function'
        ? [mapping(value as NonNullable<F[keyof F]>)]
        : columnConditions(mapping, value as FilterOperators<unknown>);
    }));

  /** Filtering or ordering by a masked field would let the viewer recover it one guess at a time. */
  const refusePersonalSearch = async (r: Reader, args: ListArgs<F, O>) => {
    const hidden = hiddenFields(r.viewer, spec.entity);
    const columns = hidden.map((field) => (spec.table as unknown as Record<string, PgColumn>)[field]);
    const used = [
      ...hidden.filter((field) => (args.filter as Record<string, unknown> | null | undefined)?.[field] != null),
      ...(args.orderBy ?? []).filter((o) => columns.includes(spec.orders[o.field])).map((o) => String(o.field)),
    ];
    if (used.length) {
      throw await deny(r, { entity: spec.entity, entityKey: used.join(','), reason: `${used.join(', ')} hold personal data this role sees masked; it cannot filter or order by them` });
    }
  };

  return {
    present,
    /** One page of the entity as the viewer may see it. */
    async list(r: ListReader, args: ListArgs<F, O>): Promise<Page<N>> {
      await refusePersonalSearch(r, args);
      const orderBy = args.orderBy?.length
        ? args.orderBy.map((o) => ({ column: spec.orders[o.field], direction: o.direction }))
        : (spec.defaultOrder ?? []);
      const page = await selectPage<Row>(r.store.db, spec.table, {
        where: visible(r.viewer, filterSql(args.filter)),
        orderBy,
        tieBreak: spec.key,
        page: args,
        maxPageSize: r.config.maxPageSize,
      });
      const nodes = page.nodes.map((row) => present(r.viewer, row));
      return { ...page, nodes, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })) };
    },
    async find(r: Reader, where: SQL): Promise<N | null> {
      const [row] = await r.store.db.select().from(spec.table as PgTable).where(visible(r.viewer, where)).limit(1);
      return row ? present(r.viewer, row as Row) : null;
    },
    /** Every visible row matching `where`, in key order: what batch loaders fetch. */
    async findAll(r: Reader, where: SQL): Promise<N[]> {
      const rows = await r.store.db.select().from(spec.table as PgTable).where(visible(r.viewer, where))
        .orderBy(...spec.key.map((c) => asc(c)));
      return rows.map((row) => present(r.viewer, row as Row));
    },
  };
}
