import type { Config } from '../config.ts';
import type { Store } from '../db/client.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Warehouse } from '../../warehouse/client.ts';
import { createLoaders, primeLoader, type Loaders } from '../../resolvers/loaders/index.ts';
import type { OperationInfo } from './selection.ts';
import type { Entity } from '../auth/policy.ts';
import type { Deadline } from './limits/deadline.ts';

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
  /** Expires when the request's time is up (config.requestTimeoutMs); resolvers stop at it. */
  deadline?: Deadline;
  /** Its selection is set by selectionPlugin once the operation is known; reads fetch what it selects. */
  operation: OperationInfo;
  prime(entity: Entity, key: string, node: object | null): void;
}

export function createRequestContext(services: Services, viewer: Viewer, deadline?: Deadline): RequestContext {
  const context = { ...services, viewer, deadline, operation: {} } as RequestContext;
  context.loaders = createLoaders(context);
  context.prime = (entity, key, node) => primeLoader(context.loaders, entity, key, node);
  return context;
}
