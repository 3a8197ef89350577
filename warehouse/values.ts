import {
  DuckDBDateValue, DuckDBDecimalValue, DuckDBListValue, DuckDBTimestampTZValue, DuckDBTimestampValue,
  type DuckDBResultReader, type DuckDBValue,
} from '@duckdb/node-api';

/**
 * Converts a DuckDB value to what GraphQL can serialize without losing anything: 64-bit integers
 * stay numbers while safe and become bigint beyond, decimals become exact strings, dates
 * 'YYYY-MM-DD'.
 */
export function toPlain(value: DuckDBValue): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (value instanceof DuckDBDecimalValue) return value.toString();
  if (value instanceof DuckDBDateValue) return value.toString();
  if (value instanceof DuckDBTimestampTZValue || value instanceof DuckDBTimestampValue) return new Date(Number(value.micros / 1000n));
  if (value instanceof DuckDBListValue) return value.items.map(toPlain);
  return String(value);
}

/** Rows of a result as plain objects keyed by column name. */
export function readRows<T>(reader: DuckDBResultReader): T[] {
  const names = reader.columnNames();
  return reader.getRows().map((row) => {
    const out: Record<string, unknown> = {};
    row.forEach((value, i) => {
      out[names[i]] = toPlain(value);
    });
    return out as T;
  });
}
