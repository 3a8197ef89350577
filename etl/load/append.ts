import type { DuckDBConnection } from '@duckdb/node-api';
import type { Column } from '../extract/sources.ts';
import type { SourceRow } from '../extract/read-source.ts';

/** Appends extracted rows to a raw table through DuckDB's Appender, typed per column. */
export async function appendRows(
  connection: DuckDBConnection,
  table: string,
  columns: Column[],
  rows: SourceRow[],
  withKeepFlag = false,
): Promise<void> {
  const appender = await connection.createAppender(table);
  try {
    for (const row of rows) {
      for (const column of columns) {
        const value = row[column.name];
        if (value === null || value === undefined) appender.appendNull();
        else if (column.type === 'int') appender.appendInteger(Number(value));
        else if (column.type === 'bool') appender.appendBoolean(Boolean(value));
        else appender.appendVarchar(String(value));
      }
      if (withKeepFlag) appender.appendBoolean(row.__keep);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
