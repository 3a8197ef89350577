import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';

/** A field computed from columns (a filing's due date from its year and quarter). */
export interface DerivedField<Row> {
  from: ReadonlyArray<keyof Row & string>;
  value(row: Row): unknown;
}

/** The columns a read selects (all when undefined) and the derived fields it computes. */
export interface Projection<Row> {
  columns?: Record<string, PgColumn>;
  /** Names the column set, for caching statements built for it. */
  key: string;
  derived: ReadonlyArray<readonly [string, DerivedField<Row>]>;
}

/** The property name of each column of a table (`agencyCode` for agency_code). */
export function columnProperties(table: PgTable): Map<PgColumn, string> {
  return new Map(Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([property, column]) => [column, property]));
}

/**
 * Maps the fields a query selects on an entity to the columns to read: those fields' columns,
 * the columns its derived fields and field resolvers need, and always the key, the foreign keys
 * (relations resolve through them) and any column the repository's own logic reads. Memoised
 * per field set, and field sets per document, so a repeated query costs a lookup.
 */
export function projector<Row>(table: PgTable, options: {
  always: PgColumn[];
  derived: Readonly<Record<string, DerivedField<Row>>>;
  resolvedFrom: { readonly [field: string]: ReadonlyArray<string> };
}): (fields?: ReadonlySet<string>) => Projection<Row> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const propertyOf = columnProperties(table);
  const foreignKeys = getTableConfig(table).foreignKeys.flatMap((fk) => fk.reference().columns);
  const base = [...options.always, ...foreignKeys].map((column) => propertyOf.get(column)!);
  const derived = Object.entries(options.derived);
  const full: Projection<Row> = { derived, key: '*' };
  const memo = new WeakMap<ReadonlySet<string>, Projection<Row>>();

  const project = (fields: ReadonlySet<string>): Projection<Row> => {
    const wanted = new Set(base);
    for (const field of fields) {
      if (field in columns) wanted.add(field);
      for (const needed of options.derived[field]?.from ?? options.resolvedFrom[field] ?? []) wanted.add(needed);
    }
    return {
      columns: Object.fromEntries([...wanted].map((property) => [property, columns[property]])),
      key: [...wanted].sort().join(','),
      derived: derived.filter(([field]) => fields.has(field)),
    };
  };
  return (fields) => {
    if (!fields) return full;
    let projection = memo.get(fields);
    if (!projection) memo.set(fields, (projection = project(fields)));
    return projection;
  };
}
