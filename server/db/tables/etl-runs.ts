import { bigserial, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The ETL run log: one row per run of `eqp etl`, kept in the system of record so failures are logged too. */
export const etlRuns = pgTable('etl_runs', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  runId: text().notNull().unique(),
  mode: text().notNull(),
  status: text().notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
  rowsExtracted: jsonb(),
  rowsPerTable: jsonb(),
  durationMs: integer(),
  error: text(),
});
