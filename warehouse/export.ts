import fs from 'node:fs';
import path from 'node:path';
import type { Warehouse } from './client.ts';
import { EXPORTED_MARTS } from './models/manifest.ts';

export type ExportFormat = 'parquet' | 'csv';

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

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
      `copy (select * from ${mart} order by all) to ${quoteLiteral(target)} (${options}, partition_by (${partitions.join(', ')}))`,
    );
    written[mart] = fs.existsSync(target) ? fs.readdirSync(target, { recursive: true }).filter((f) => String(f).endsWith(`.${format}`)).length : 0;
  }
  return written;
}
