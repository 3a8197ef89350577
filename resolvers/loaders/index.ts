import type { Reader } from '../../server/db/repositories/repository.ts';
import type { Entity } from '../../server/auth/policy.ts';
import { regionLoaders } from './region.loader.ts';
import { agencyLoaders } from './agency.loader.ts';
import { officerLoaders } from './officer.loader.ts';
import { filingLoaders } from './filing.loader.ts';
import { standardLoaders } from './standard.loader.ts';
import { problemLoaders } from './problem.loader.ts';
import { clueLoaders } from './clue.loader.ts';
import { taskLoaders } from './task.loader.ts';

const FACTORIES = { ...regionLoaders, ...agencyLoaders, ...officerLoaders, ...filingLoaders, ...standardLoaders, ...problemLoaders, ...clueLoaders, ...taskLoaders };
type Factories = typeof FACTORIES;

/** Per-request DataLoaders, so nested fields cost one batched query per level, not one per row. */
export type Loaders = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };

/** Makes each loader on first use: a request touches two or three of the fourteen. */
class RequestLoaders {
  constructor(readonly reader: Reader) {}
}
for (const [name, make] of Object.entries(FACTORIES)) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      const loader = make(this.reader);
      Object.defineProperty(this, name, { value: loader });
      return loader;
    },
  });
}

/**
 * The reader (the request context) is bound in because every loader reads through the access
 * policy (server/auth/policy.ts) and fetches the columns the operation selects.
 */
export function createLoaders(reader: Reader): Loaders {
  return new RequestLoaders(reader) as unknown as Loaders;
}

/** The loader of each entity's records by key: where joined references are handed over. */
const BY_KEY: Partial<Record<Entity, 'agency' | 'region'>> = { agency: 'agency', region: 'region' };

/** Puts a record read along with another (a joined reference) into the loader that fetches it by key. */
export function primeLoader(loaders: Loaders, entity: Entity, key: string, node: object | null): void {
  const name = BY_KEY[entity];
  if (name) loaders[name].prime(key, node as never);
}
