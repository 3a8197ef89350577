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

/** One request's context; a class so that each request allocates one object and shares the methods. */
class Context implements RequestContext {
  readonly config: Config;
  readonly store: Store;
  readonly warehouse: Warehouse;
  readonly operation: OperationInfo = {};
  readonly loaders: Loaders;

  constructor(services: Services, readonly viewer: Viewer, readonly deadline?: Deadline) {
    this.config = services.config;
    this.store = services.store;
    this.warehouse = services.warehouse;
    this.loaders = createLoaders(this);
  }

  prime(entity: Entity, key: string, node: object | null): void {
    primeLoader(this.loaders, entity, key, node);
  }
}

export function createRequestContext(services: Services, viewer: Viewer, deadline?: Deadline): RequestContext {
  return new Context(services, viewer, deadline);
}
