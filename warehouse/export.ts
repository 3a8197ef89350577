import fs from 'node:fs';
import path from 'node:path';
import type { Warehouse } from './client.ts';
import { EXPORTED_MARTS } from './models/manifest.ts';
import { neutraliseFormulaSql } from '../server/csv/csv-cell.ts';

export type ExportFormat = 'parquet' | 'csv';

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;
const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The mart's columns, its text columns neutralised against formula injection when written as CSV. */
async function exportedColumns(warehouse: Warehouse, mart: string, format: ExportFormat): Promise<string> {
  if (format === 'parquet') return '*';
  const columns = await warehouse.query<{ column_name: string; data_type: string }>(
    `select column_name, data_type from information_schema.columns where table_name = ${quoteLiteral(mart)} order by ordinal_position`,
  );
  return columns.map(({ column_name: name, data_type: type }) =>
    type === 'VARCHAR' ? `${neutraliseFormulaSql(quoteIdentifier(name))} as ${quoteIdentifier(name)}` : quoteIdentifier(name)).join(', ');
}

/**
 * Writes every mart under `outDir/<mart>/year=…/quarter=…/` (Hive partitioning), readable by
 * DuckDB, Spark, Trino or ClickHouse. Returns the files written per mart.
 */
export async function exportMarts(warehouse: Warehouse, format: ExportFormat, outDir: string): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  fs.mkdirSync(outDir, { recursive: true });
  for (const [mart, partitions] of Object.entries(EXPORTED_MARTS)) {
    const target = path.join(path.resolve(outDir), mart);
    fs.rmSync(target, { recursive: true, force: true });
    const options = format === 'parquet' ? 'format parquet, compression zstd' : 'format csv, header true';
    await warehouse.query(
      `copy (select ${await exportedColumns(warehouse, mart, format)} from ${mart} order by all) to ${quoteLiteral(target)} (${options}, partition_by (${partitions.join(', ')}))`,
    );
    written[mart] = fs.existsSync(target) ? fs.readdirSync(target, { recursive: true }).filter((f) => String(f).endsWith(`.${format}`)).length : 0;
  }
  return written;
}
