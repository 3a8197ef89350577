import { desc } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { etlRuns } from '../tables/index.ts';

/** The latest ETL runs, newest first. */
export function latestEtlRuns(db: Db, first: number) {
  return db.select().from(etlRuns).orderBy(desc(etlRuns.id)).limit(first);
}
