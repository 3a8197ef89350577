import type { Store } from '../client.ts';
import { recordAudit } from '../audit.ts';
import { SEED_PLAN } from './demo/plan.ts';
import { buildWorld } from './demo/world.ts';

export interface SeedOptions {
  /** Multiplies agencies (whole part) and per-agency volume; 1 is the demo city (~60 agencies). */
  scale: number;
  seed: number;
  /** Called after every chunk with the rows written so far to that table. */
  onProgress?: (table: string, rows: number) => void;
}

/** The demo city `npm start` loads and `eqp seed --demo` generates by default (鄂州市). */
export const DEMO_CITY = { scale: 1, seed: 42 } as const;

export interface SeedSummary {
  seed: number;
  scale: number;
  /** Rows written per table, in the order written. */
  tables: Record<string, number>;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

/** The demo is loaded only into a store without regions: `npm start` seeds a fresh store once. */
export async function isStoreEmpty(store: Store): Promise<boolean> {
  const [row] = await store.query<{ empty: boolean }>('select not exists (select 1 from regions) as empty');
  return row.empty;
}

function checkOptions({ scale, seed }: SeedOptions): void {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new RangeError(`scale must be a number in (0, 1000], not ${scale}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
}

/**
 * Generates the deterministic demo city (same seed and scale → same rows) into an empty store,
 * in one transaction, so a failed seed leaves the store empty. One audit event per table
 * records the bulk load (actor 'seed') instead of one per row.
 */
export async function seedDemo(store: Store, options: SeedOptions): Promise<SeedSummary> {
  checkOptions(options);
  if (!(await isStoreEmpty(store))) throw new Error('the store already has regions; the demo city is only loaded into an empty store');
  const started = performance.now();
  const world = buildWorld(options.seed, options.scale);
  const tables: Record<string, number> = {};
  await store.db.transaction(async (tx) => {
    for (const step of SEED_PLAN) {
      // A table may be written by more than one step (the planted signal cases after the ordinary ones).
      const before = tables[step.table] ?? 0;
      tables[step.table] = before + await step.run(tx, world, (rows) => options.onProgress?.(step.table, before + rows));
    }
    await recordAudit(tx, Object.entries(tables).map(([table, rows]) => ({
      actor: 'seed',
      action: 'seed',
      entity: table,
      entityKey: `demo:seed=${options.seed}:scale=${options.scale}`,
      after: { rows, seed: options.seed, scale: options.scale },
    })));
  });
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(tables).reduce((sum, n) => sum + n, 0);
  return { seed: options.seed, scale: options.scale, tables, rows, seconds, rowsPerSecond: Math.round(rows / seconds) };
}
