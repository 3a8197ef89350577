import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Store } from '../../db/client.ts';
import { agencies, filings, officerAssessments, officers, powerItems, problemEvents, regions, training } from '../../db/tables/index.ts';

/**
 * Every list field without paging that reads child rows, and the relation it reads: its rows
 * per parent are bounded by the largest such group in the store. A list missing here costs
 * MIN_LIST_ROWS.
 */
const RELATIONS: Record<string, { table: PgTable; parent: PgColumn }> = {
  'Region.agencies': { table: agencies, parent: agencies.regionCode },
  'Region.children': { table: regions, parent: regions.parentCode },
  'Agency.officers': { table: officers, parent: officers.agencyCode },
  'Agency.filings': { table: filings, parent: filings.agencyCode },
  'Agency.powerItems': { table: powerItems, parent: powerItems.agencyCode },
  'Officer.training': { table: training, parent: training.officerNo },
  'Officer.assessments': { table: officerAssessments, parent: officerAssessments.officerNo },
  'Problem.events': { table: problemEvents, parent: problemEvents.problemCode },
};

/** Lists bounded by the number of regions: a region's ancestors, an item's region means. */
const BY_REGION_COUNT = ['Region.ancestors', 'InconsistencyRow.regionMeans'];

/**
 * The fewest rows an unpaged list counts as, and what a list the statistics do not cover (an
 * analytics result) counts: a small store's lists still cost as if they could grow a little.
 */
export const MIN_LIST_ROWS = 10;

/** How old the statistics may get before a request refreshes them (in the background). */
const REFRESH_MS = 5 * 60_000;

/**
 * The largest number of rows each unpaged list field has under one parent, read from the store
 * (`max(count(*)) group by parent`): what the query cost multiplies by, so a nested query is
 * costed by the data it will really return. Refreshed every five minutes.
 */
export class ListBounds {
  private rows = new Map<string, number>();
  private refreshedAt = 0;
  private refreshing?: Promise<void>;
  /** Changes with every refresh: costs cached per document are keyed by it. */
  version = 0;

  constructor(private readonly store: Store) {}

  /** Up-to-date enough statistics: the first call waits for them, later ones refresh behind. */
  async ready(): Promise<void> {
    if (Date.now() - this.refreshedAt < REFRESH_MS) return;
    const refresh = (this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined)));
    if (!this.refreshedAt) await refresh;
  }

  /** Rows of `Type.field` under one parent: the largest such list in the store, at least MIN_LIST_ROWS. */
  rowsOf(typeName: string, field: string): number {
    return Math.max(MIN_LIST_ROWS, this.rows.get(`${typeName}.${field}`) ?? 0);
  }

  private async refresh(): Promise<void> {
    const next = new Map<string, number>();
    for (const [field, { table, parent }] of Object.entries(RELATIONS)) {
      const [row] = await this.store.db.select({ n: sql<number>`coalesce(max(n), 0)::int` })
        .from(sql`(select count(*) as n from ${table} group by ${parent}) as groups`);
      next.set(field, row.n);
    }
    const [regionCount] = await this.store.db.select({ n: sql<number>`count(*)::int` }).from(regions);
    for (const field of BY_REGION_COUNT) next.set(field, regionCount.n);
    this.rows = next;
    this.refreshedAt = Date.now();
    this.version += 1;
  }
}

const bounds = new WeakMap<Store, ListBounds>();

/** The store's list statistics (one per store). */
export function listBounds(store: Store): ListBounds {
  let b = bounds.get(store);
  if (!b) bounds.set(store, (b = new ListBounds(store)));
  return b;
}
