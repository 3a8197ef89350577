import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgColumn } from 'drizzle-orm/pg-core';
import { KIND_TABLES, kindKey, storedProperty, type AnyKind, type TableKind } from '../../server/db/kinds.ts';
import { RECORD_KINDS, RECORD_RULES, type RecordKind } from '../../server/domain/records/index.ts';
import { snakeCase } from '../../warehouse/catalogue/snake-case.ts';

/** Where an import column comes from when it is not the snake_case column of the same name. */
interface ExportSource {
  table: string;
  columns?: Record<string, string>;
  where?: string;
  orderBy: string;
}

/** A kind stored one record to one row (server/db/kinds.ts): each field from its column, arrays ;-separated, timestamps as ISO text, in key order. */
function tableExport(kind: AnyKind): ExportSource {
  const columns = getTableColumns(kind.table) as Record<string, PgColumn>;
  const expression = (field: string): [string, string] => {
    const column = snakeCase(storedProperty(kind, field));
    switch (columns[storedProperty(kind, field)]?.columnType) {
      case 'PgArray': return [field, `array_to_string(${column}, ';')`];
      case 'PgTimestamp': return [field, `to_json(${column}) #>> '{}'`];
      default: return [field, column];
    }
  };
  return { table: getTableConfig(kind.table).name, columns: Object.fromEntries(kind.rules.fields.map(expression)), orderBy: kindKey(kind).map(snakeCase).join(', ') };
}

const SOURCES: Record<RecordKind, ExportSource> = {
  ...(Object.fromEntries(Object.entries(KIND_TABLES).map(([kind, k]) => [kind, tableExport(k)])) as Record<TableKind, ExportSource>),
  filings: { table: 'filings', columns: { submittedAt: "to_json(submitted_at) #>> '{}'" }, where: "status in ('SUBMITTED', 'ACCEPTED')", orderBy: 'agency_code, year, quarter' },
  // One row per status event; the first row of a problem also describes it.
  problems: {
    table: 'problem_events e join problems p on p.code = e.problem_code',
    columns: Object.fromEntries([
      ['problemCode', 'e.problem_code'], ['status', 'e.status'], ['statusOn', 'e.status_on'], ['note', 'e.note'],
      ...['regionCode', 'agencyCode', 'domain', 'category', 'description', 'source', 'identifiedOn', 'deadline']
        .map((f) => [f, `case when e.seq = (select min(seq) from problem_events f where f.problem_code = e.problem_code) then p.${snakeCase(f)} end`]),
    ]),
    orderBy: 'e.problem_code, e.seq',
  },
  // One row per step; the first row of a clue also describes it.
  clues: {
    table: 'clue_steps s join clues c on c.clue_code = s.clue_code',
    columns: Object.fromEntries([
      ['clueCode', 's.clue_code'], ['step', 's.step'], ['stepOn', 's.step_on'], ['receivingOrgan', 's.receiving_organ'],
      ['documentNo', 's.document_no'], ['outcome', 's.outcome'],
      ...['agencyCode', 'source', 'complaintNo', 'problemCode', 'summary'].map((f) => [f, `case when s.step = 'REGISTERED' then c.${snakeCase(f)} end`]),
    ]),
    orderBy: 's.clue_code, s.step',
  },
  progressReports: {
    table: 'progress_reports', columns: { submittedAt: "to_json(submitted_at) #>> '{}'" }, orderBy: 'unit_code, task_code, year, half',
  },
};

/** The query of a kind's import file: its record fields under their canonical names. */
export function exportSql(kind: RecordKind, booleanColumns: Set<string>): string {
  const source = SOURCES[kind];
  const select = RECORD_RULES[kind].fields.map((field) => {
    const expression = source.columns?.[field] ?? snakeCase(field);
    // psql writes booleans as t/f; the import reads true/false.
    return `${booleanColumns.has(snakeCase(field)) ? `(${expression})::text` : expression} as "${field}"`;
  });
  return `select ${select.join(', ')} from ${source.table}${source.where ? ` where ${source.where}` : ''} order by ${source.orderBy}`;
}

/**
 * Writes every record kind of the database as an import file (canonical headers, one CSV per
 * kind) through psql's client-side \copy.
 */
export function exportImportFiles(url: string, dir: string): Array<{ kind: RecordKind; file: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const booleanColumns = booleanColumnsOf(url);
  return RECORD_KINDS.map((kind) => {
    const file = path.join(dir, `${kind}.csv`);
    const sql = exportSql(kind, booleanColumns);
    execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy (${sql}) to '${file}' with (format csv, header)`], { stdio: 'inherit' });
    return { kind, file };
  });
}

/** The database's boolean columns: exported as text, since the import reads true/false, not t/f. */
function booleanColumnsOf(url: string): Set<string> {
  const sql = `select distinct column_name from information_schema.columns where table_schema = 'public' and data_type = 'boolean'`;
  return new Set(execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], { encoding: 'utf8' }).split('\n').filter(Boolean));
}
