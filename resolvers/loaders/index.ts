import type { Store } from '../../server/db/client.ts';

/** Per-request DataLoaders, so nested fields cost one batched query per level, not one per row. */
export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(_store: Store) {
  return {};
}
