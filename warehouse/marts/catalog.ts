import { MODEL_FILES } from '../models/manifest.ts';
import { columnDescription, tableDescription, type Description } from './descriptions.ts';

/**
 * The marts as BI tools receive them (the PostgreSQL publication and GET /api/marts): every
 * model under `models/marts` with the columns the warehouse gives it — read from DuckDB's
 * information_schema, so a new mart or column is published without a change here — plus the
 * Chinese name next to each code, and the reference tables the names and region scoping need.
 */
export const MARTS: readonly string[] = MODEL_FILES.filter((f) => f.startsWith('marts/')).map((f) => f.slice('marts/'.length, -'.sql'.length));
export const REFERENCE_TABLES = ['dim_region', 'dim_region_closure', 'dim_agency', 'dim_domain'] as const;

export interface MartColumn {
  name: string;
  /** DuckDB type name (information_schema.columns.data_type). */
  type: string;
  description: Description;
}

export interface MartTable {
  name: string;
  kind: 'mart' | 'reference';
  description: Description;
  columns: MartColumn[];
  /** The SELECT over the warehouse that yields the published rows (aliased `m`). */
  select: string;
  /** How a row is placed in a region, for SUPERVISOR scope, `regionCode` and row-level security. */
  scopedBy: 'agency' | 'region' | null;
}

/** A code column gains its name from a dimension, placed right after it, when the mart has none. */
const NAMES = [
  { code: 'agency_code', name: 'agency_name', dim: 'dim_agency', dimColumn: 'agency_name' },
  { code: 'region_code', name: 'region_name', dim: 'dim_region', dimColumn: 'region_name' },
  { code: 'domain_code', name: 'domain_name', dim: 'dim_domain', dimColumn: 'name_zh' },
] as const;

export type ReadRows = <T>(sql: string) => Promise<T[]>;

/** The published tables, marts first, as the warehouse defines them now. */
export async function readCatalog(read: ReadRows): Promise<MartTable[]> {
  const names = [...MARTS, ...REFERENCE_TABLES];
  const rows = await read<{ table_name: string; column_name: string; data_type: string }>(
    `select table_name, column_name, data_type from information_schema.columns
     where table_schema = 'main' and list_contains([${names.map((n) => `'${n}'`).join(', ')}], table_name)
     order by table_name, ordinal_position`,
  );
  return names.filter((name) => rows.some((r) => r.table_name === name)).map((name) => {
    const own = rows.filter((r) => r.table_name === name).map((r) => ({ name: r.column_name, type: r.data_type }));
    return MARTS.includes(name) ? martTable(name, own) : table(name, 'reference', own, own.map((c) => `m.${c.name}`), '');
  });
}

function martTable(name: string, own: { name: string; type: string }[]): MartTable {
  const present = new Set(own.map((c) => c.name));
  const columns: { name: string; type: string }[] = [];
  const select: string[] = [];
  const joins: string[] = [];
  for (const column of own) {
    columns.push(column);
    select.push(`m.${column.name}`);
    const named = NAMES.find((n) => n.code === column.name && !present.has(n.name));
    if (!named) continue;
    const alias = `n${joins.length}`;
    columns.push({ name: named.name, type: 'VARCHAR' });
    select.push(`${alias}.${named.dimColumn} as ${named.name}`);
    joins.push(`left join ${named.dim} ${alias} on ${alias}.${named.code} = m.${named.code}`);
  }
  return table(name, 'mart', columns, select, joins.join(' '));
}

function table(name: string, kind: MartTable['kind'], columns: { name: string; type: string }[], select: string[], joins: string): MartTable {
  const has = (c: string) => columns.some((col) => col.name === c);
  return {
    name,
    kind,
    description: tableDescription(name),
    columns: columns.map((c) => ({ ...c, description: columnDescription(c.name) })),
    select: `select ${select.join(', ')} from ${name} m ${joins}`.trim(),
    scopedBy: has('agency_code') ? 'agency' : has('region_code') ? 'region' : null,
  };
}
