import { integer, numeric, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';

const weight = (dflt: string) => numeric({ precision: 6, scale: 4 }).notNull().default(dflt);

/** 效能评价 scheme of one year: composite weights and the supervision-rate part weights. */
export const evaluationSchemes = pgTable('evaluation_schemes', {
  year: integer().primaryKey(),
  qualityWeight: weight('0.4'),
  supervisionWeight: weight('0.3'),
  satisfactionWeight: weight('0.3'),
  inspectionWeight: weight('0.4'),
  exerciseWeight: weight('0.4'),
  timelinessWeight: weight('0.2'),
  note: text(),
  ...timestamps,
});
