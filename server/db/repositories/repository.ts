import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Store } from '../client.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { hiddenFields, maskPersonal, scopeCondition, type Entity } from '../../auth/policy.ts';
import { deny } from '../../auth/denial.ts';
import { columnConditions } from '../queries/filter-sql.ts';
import { selectPage, type Ordering } from '../queries/page.ts';
import { columnProperties, projector, type DerivedField } from '../queries/projection.ts';
import { statementCache } from '../queries/statement-cache.ts';
import { selectJoined } from '../queries/joined-select.ts';
import type { OperationInfo } from '../../http/selection.ts';
import { joinedReads, type Joinable, type JoinedReference } from './joined-reads.ts';
import type { Page } from '../../../schema/common/connection.ts';
import type { FilterOperators } from '../../../schema/common/filters.ts';

/** Who reads and through which store; a RequestContext is one, so are the loaders' closures. */
export interface Reader {
  store: Store;
  viewer: Viewer;
  /** The GraphQL operation being executed: reads fetch only the columns its selection needs. */
  operation?: OperationInfo;
  /** Hands a record read along with another (a joined reference) to the loader that would fetch it. */
  prime?(entity: Entity, key: string, node: object | null): void;
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
  /** The GraphQL object type the entity is read as: its selected fields decide the columns read. */
  typeName: string;
  /** Fields of the node computed from columns rather than stored. */
  derived?: { readonly [K in Exclude<keyof N, keyof T['$inferSelect']> & string]?: DerivedField<T['$inferSelect']> };
  /** Columns the repository's own logic reads, selected whatever the query asks for. */
  requires?: PgColumn[];
  /** One-to-one references joined into reads when selected (self-references are left to the loaders). */
  references?: JoinedReference[];
  /** Columns a field resolver reads beyond the key and the foreign keys (those are always selected). */
  resolvedFrom?: { readonly [field: string]: ReadonlyArray<keyof T['$inferSelect'] & string> };
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
  const project = projector<Row>(spec.table, {
    always: [...spec.key, ...(spec.requires ?? [])],
    derived: (spec.derived ?? {}) as Record<string, DerivedField<Row>>,
    resolvedFrom: spec.resolvedFrom ?? {},
  });
  /** A query that does not output the entity reads it for some other logic: all columns then. */
  const projection = (r: Reader) => project(r.operation?.selection?.get(spec.typeName));
  const node = (row: Row, derived: ReturnType<typeof project>['derived']): N => {
    if (!derived.length) return row as N;
    const computed: Record<string, unknown> = { ...row };
    for (const [field, rule] of derived) computed[field] = rule.value(row);
    return computed as N;
  };
  const presentAs = (r: Reader, rows: Row[]): N[] => {
    const { derived } = projection(r);
    return rows.map((row) => maskPersonal(r.viewer, spec.entity, node(row, derived)));
  };
  /** A whole row (a write's result) with every derived field. */
  const present = (viewer: Viewer, row: Row): N => maskPersonal(viewer, spec.entity, node(row, project().derived));
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

  const allColumns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const propertyOf = columnProperties(spec.table);
  const { readShape, joinsOn, splitJoined } = joinedReads<Row>({
    typeName: spec.typeName, references: spec.references ?? [], allColumns, propertyOf, projection,
  });
  const keyProperties = spec.key.map((column) => propertyOf.get(column)!);
  const statements = statementCache<Row[]>();
  /**
   * A read whose SQL differs only in values (a key, a list of keys): built once per column set,
   * scope and condition, then reused. The scope's inputs are the viewer's role and bindings.
   */
  const prepared = (r: Reader, condition: string, where: () => SQL | undefined, options: { limit?: number } = {}) => {
    const shape = readShape(r);
    const { role, regionCode = '', agencyCode = '' } = r.viewer;
    const statement = statements(r.store.db, `${condition}|${shape.key}|${role}|${regionCode}|${agencyCode}`, () => {
      const query = selectJoined(r.store.db, spec.table, shape.columns, joinsOn(shape, r.viewer))
        .where(visible(r.viewer, where())).orderBy(...spec.key.map((c) => asc(c)));
      return (options.limit ? query.limit(options.limit) : query) as never;
    });
    return async (values: Record<string, unknown>) => splitJoined(r, shape, await statement.execute(values));
  };

  const joinable: Joinable = {
    entity: spec.entity,
    table: spec.table,
    key: spec.key[0],
    columns: (r) => projection(r).columns ?? allColumns,
    scope: (viewer) => scopeCondition(viewer, spec.entity),
    present: (r, rows) => presentAs(r, rows as Row[]),
  };

  return {
    present,
    joinable,
    /** One page of the entity as the viewer may see it. */
    async list(r: ListReader, args: ListArgs<F, O>): Promise<Page<N>> {
      await refusePersonalSearch(r, args);
      const orderBy = args.orderBy?.length
        ? args.orderBy.map((o) => ({ column: spec.orders[o.field], direction: o.direction }))
        : (spec.defaultOrder ?? []);
      const shape = readShape(r);
      const page = await selectPage<Row>(r.store.db, spec.table, {
        columns: shape.columns,
        joins: joinsOn(shape, r.viewer),
        where: visible(r.viewer, filterSql(args.filter)),
        orderBy,
        tieBreak: spec.key,
        page: args,
        maxPageSize: r.config.maxPageSize,
      });
      const nodes = presentAs(r, splitJoined(r, shape, page.nodes));
      return { ...page, nodes, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })) };
    },
    /** The record with this primary key, if the viewer may see it. */
    async findByKey(r: Reader, key: Partial<Row>): Promise<N | null> {
      const read = prepared(r, 'key', () => and(...spec.key.map((column, i) => eq(column, sql.placeholder(keyProperties[i])))), { limit: 1 });
      const rows = await read(key as Record<string, unknown>);
      return rows.length ? presentAs(r, rows)[0] : null;
    },
    /** Every visible row whose `column` is one of `values`, in key order: what batch loaders fetch. */
    async findAllIn(r: Reader, column: PgColumn, values: readonly unknown[]): Promise<N[]> {
      const read = prepared(r, `in:${column.name}`, () => sql`${column} = any(${sql.placeholder('values')})`);
      return presentAs(r, await read({ values }));
    },
  };
}
