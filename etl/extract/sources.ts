import { getTableColumns } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { PERSONAL_FIELDS } from '../../server/auth/policy.ts';
import { KIND_TABLES } from '../../server/db/kinds.ts';
import { columnProperties } from '../../server/db/queries/projection.ts';
import * as t from '../../server/db/tables/index.ts';

/**
 * What the ETL copies from the operational store into the raw layer of the warehouse: for
 * each source, the columns (as SQL over the operational table and their raw type), the key,
 * and whether it is extracted incrementally (by updated_at) or reloaded whole. Each source is
 * derived from its drizzle table: every column travels except the row bookkeeping, the
 * personal data the policy names (PERSONAL_FIELDS: names, ID and phone numbers, never
 * extracted) and the columns a source leaves out by name.
 */
export type RawType = 'text' | 'int' | 'bool';

export interface Column {
  name: string;
  sql: string;
  type: RawType;
}

export interface Source {
  name: string;
  rawTable: string;
  from: string;
  columns: Column[];
  key: string[];
  /** Extracted by updated_at since the last run; changed rows replace their keys. */
  incremental: boolean;
  /** Rows that reach the warehouse; other changed rows only remove their key (e.g. a returned filing). */
  keep?: string;
  /** The table's foreign keys whose column is extracted: the raw row must find its target in the target's raw table. */
  references: RawReference[];
}

/** A raw column that holds the code of a row of another raw table (a foreign key of the operational table). */
export interface RawReference {
  column: string;
  rawTable: string;
  targetColumn: string;
}

type Property<T extends PgTable> = keyof T['_']['columns'] & string;

interface SourceSpec<T extends PgTable> {
  /** Columns that stay in the operational store besides personal data (free text, workflow bookkeeping, case matter). */
  omit?: Array<Property<T>>;
  /** The key, when it is not the table's primary key (which may itself stay behind). */
  key?: Array<Property<T>>;
  incremental?: boolean;
  keep?: string;
}

/** Every table carries these; updated_at reaches the extract as each row's change time, not as a column. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);

/** How a column travels: integers and booleans as they are, anything else as text that staging types, so nothing is rounded on the way in. */
function rawColumn(name: string, column: PgColumn): Column {
  switch (column.columnType) {
    case 'PgInteger':
    case 'PgSerial':
      return { name, sql: name, type: 'int' };
    case 'PgBoolean':
      return { name, sql: name, type: 'bool' };
    case 'PgTimestamp':
      return { name, sql: `to_char(${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, type: 'text' };
    case 'PgArray':
      return { name, sql: `array_to_string(${name}, ';')`, type: 'text' };
    case 'PgText':
    case 'PgEnumColumn':
    case 'PgDateString':
    case 'PgNumeric':
      return { name, sql: `${name}::text`, type: 'text' };
    default:
      throw new Error(`${name}: no raw type for ${column.columnType}; say in etl/extract/sources.ts how it travels`);
  }
}

/** The personal-data properties of a table, as the policy names them for the entity stored in it. */
function personalProperties(table: PgTable): string[] {
  return Object.values(KIND_TABLES).filter((k) => k.table === table).flatMap((k) => Object.keys(PERSONAL_FIELDS[k.entity] ?? {}));
}

function primaryKey(table: PgTable): string[] {
  const config = getTableConfig(table);
  const columns = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
  // The columns of a composite key are copies built for the key: match them by name.
  const properties = getTableColumns(table) as Record<string, PgColumn>;
  return columns.map((c) => Object.keys(properties).find((p) => properties[p].name === c.name)!);
}

/** The foreign keys of a table, as raw columns, that travel with its rows (a column left behind refers to nothing in the warehouse). */
function rawReferences(table: PgTable, columns: Column[]): RawReference[] {
  return getTableConfig(table).foreignKeys.flatMap((fk) => {
    const { columns: [column], foreignColumns: [target] } = fk.reference();
    const name = toSnakeCase(columnProperties(table).get(column)!);
    if (!columns.some((c) => c.name === name)) return [];
    return [{ column: name, rawTable: `raw_${getTableConfig(target.table).name}`, targetColumn: toSnakeCase(columnProperties(target.table).get(target)!) }];
  });
}

function source<T extends PgTable>(table: T, spec: SourceSpec<T> = {}): Source {
  const from = getTableConfig(table).name;
  const left = new Set<string>([...BOOKKEEPING, ...personalProperties(table), ...(spec.omit ?? [])]);
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>)
    .filter(([property]) => !left.has(property))
    .map(([property, column]) => rawColumn(toSnakeCase(property), column));
  const key = (spec.key ?? primaryKey(table)).map(toSnakeCase);
  const missing = key.filter((k) => !columns.some((c) => c.name === k));
  if (missing.length) throw new Error(`source ${from}: its key ${missing.join(', ')} is not extracted`);
  return {
    name: from, rawTable: `raw_${from}`, from, columns, key, incremental: spec.incremental ?? false, ...(spec.keep ? { keep: spec.keep } : {}),
    references: rawReferences(table, columns),
  };
}

/** In load order: each source after the sources it refers to. */
export const SOURCES: Source[] = [
  source(t.regions),
  source(t.agencies),
  source(t.standards),
  // The review workflow stays behind: only ACCEPTED filings reach the warehouse, with their figures.
  source(t.filings, { incremental: true, keep: `status = 'ACCEPTED'`, omit: ['status', 'returnReason', 'reviewedAt', 'reviewedBy'] }),
  source(t.penaltyCases, { incremental: true }),
  // The description is free text; the warehouse reads status from the events; the source signal is the API's.
  source(t.problems, { omit: ['description', 'status', 'sourceSignal'] }),
  source(t.problemEvents, { omit: ['note', 'recordedAt'] }),
  source(t.caseReviews, { omit: ['reviewer'] }),
  source(t.surveys),
  source(t.officers, { omit: ['certificateNo'] }),
  source(t.training),
  source(t.evaluationSchemes, { omit: ['note'] }),
  // Keyed by its register number; the complainant stays in the operational store (personal data), so does the category text.
  source(t.complaints, { key: ['complaintNo'], omit: ['id', 'category'] }),
  // A clue's summary, organ, document number and outcome are case matter: only codes and dates travel.
  source(t.clues, { omit: ['complaintNo', 'problemCode', 'summary'] }),
  source(t.clueSteps, { omit: ['receivingOrgan', 'documentNo', 'outcome'] }),
];
