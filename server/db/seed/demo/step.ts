import { getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { insertAll, type SeedRow, type SeedTx } from './bulk-insert.ts';
import type { World } from './world.ts';

/** One table of the demo: its rows, generated lazily from the world and streamed into the store. */
export interface SeedStep {
  table: string;
  run(tx: SeedTx, world: World, onChunk: (written: number) => void): Promise<number>;
}

export function seedStep<T extends PgTable>(table: T, rows: (world: World) => Iterable<SeedRow<T>>): SeedStep {
  return {
    table: getTableName(table),
    run: (tx, world, onChunk) => insertAll(tx, table, rows(world), onChunk),
  };
}
