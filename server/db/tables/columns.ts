import { numeric, timestamp } from 'drizzle-orm/pg-core';

/** Row bookkeeping every table carries; updated_at also drives the incremental ETL. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** Money in yuan, exact to the fen; up to 999,999,999,999.99. */
export const yuan = () => numeric({ precision: 14, scale: 2 });

/** Scores 0–100 with two decimals. */
export const score = () => numeric({ precision: 5, scale: 2 });
