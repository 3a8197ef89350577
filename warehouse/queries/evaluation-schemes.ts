import type { Warehouse } from '../client.ts';
import { schemeLookup, type SchemeLookup, type StoredScheme } from '../../server/domain/evaluation-weights.ts';

/**
 * The 效能评价 schemes as of the warehouse's generation (carried by the ETL like every other
 * input of a metric), as a lookup that falls back to the defaults. Cached with the generation.
 */
export async function warehouseSchemes(warehouse: Warehouse): Promise<SchemeLookup> {
  const rows = await warehouse.query<StoredScheme>(`
    select year, quality_weight::double as quality, supervision_weight::double as supervision,
      satisfaction_weight::double as satisfaction, inspection_weight::double as inspection,
      exercise_weight::double as exercise, timeliness_weight::double as timeliness
    from dim_evaluation_scheme`);
  return schemeLookup(rows);
}
