import type { Config } from '../config.ts';
import type { Store } from '../db/client.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Warehouse } from '../../warehouse/client.ts';
import { createLoaders, type Loaders } from '../../resolvers/loaders/index.ts';

/** Long-lived services shared by every request. */
export interface Services {
  config: Config;
  store: Store;
  warehouse: Warehouse;
}

/** What a resolver sees: the services, who asks, and this request's DataLoaders. */
export interface RequestContext extends Services {
  viewer: Viewer;
  loaders: Loaders;
  /** Aborts when the request's time is up (config.requestTimeoutMs); resolvers stop at it. */
  signal?: AbortSignal;
}

export function createRequestContext(services: Services, viewer: Viewer, signal?: AbortSignal): RequestContext {
  return { ...services, viewer, loaders: createLoaders(services.store, viewer), signal };
}
