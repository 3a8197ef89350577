import { integer, numeric, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import { DEFAULT_COMPOSITE_WEIGHTS as COMPOSITE, DEFAULT_SUPERVISION_WEIGHTS as PARTS } from '../../domain/evaluation-weights.ts';

const weight = (dflt: number) => numeric({ precision: 6, scale: 4 }).notNull().default(String(dflt));

/** 效能评价 scheme of one year: composite weights and the supervision-rate part weights. */
export const evaluationSchemes = pgTable('evaluation_schemes', {
  year: integer().primaryKey(),
  qualityWeight: weight(COMPOSITE.quality),
  supervisionWeight: weight(COMPOSITE.supervision),
  satisfactionWeight: weight(COMPOSITE.satisfaction),
  inspectionWeight: weight(PARTS.inspection),
  exerciseWeight: weight(PARTS.exercise),
  timelinessWeight: weight(PARTS.timeliness),
  note: text(),
  ...timestamps,
});
