import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config.ts';
import { openStore } from './db/client.ts';
import { Warehouse } from '../warehouse/client.ts';
import { buildAppSchema } from '../schema/build.ts';
import { createApollo } from './http/apollo.ts';
import { createRequestContext, type RequestContext, type Services } from './http/context.ts';
import type { Viewer } from './auth/viewer.ts';
import { denialAudits } from './auth/denial.ts';
import { timeoutError, withDeadline } from './http/limits/deadline.ts';

export interface App {
  services: Services;
  apollo: ApolloServer<RequestContext>;
  /** Runs one GraphQL operation in-process as the given viewer and returns the JSON result. */
  execute(query: string, variables: Record<string, unknown> | undefined, viewer: Viewer): Promise<{ data?: any; errors?: readonly GraphQLFormattedError[] }>;
  close(): Promise<void>;
}

/** Opens the stores and builds the GraphQL server: shared by `serve`, `query`, `start` and tests. */
export async function createApp(config: Config): Promise<App> {
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.pgliteDir,
    statementTimeoutMs: config.statementTimeoutMs,
    onPoolError: (err) => config.logLevel !== 'silent' && console.error(`[store] connection error: ${err.message}`),
  });
  await store.migrate();
  denialAudits(store).intervalMs = config.auditDenialIntervalMs;
  const warehouse = new Warehouse(config.warehousePath);
  const services: Services = { config, store, warehouse };
  const apollo = createApollo(await buildAppSchema(), config);
  await apollo.start();
  return {
    services,
    apollo,
    async execute(query, variables, viewer) {
      const outcome = await withDeadline(config.requestTimeoutMs, (deadline) =>
        apollo.executeOperation({ query, variables }, { contextValue: createRequestContext(services, viewer, deadline) }));
      if (outcome.timedOut) return { errors: [timeoutError(config.requestTimeoutMs).toJSON()] };
      const response = outcome.value;
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
      const { data, errors } = response.body.singleResult;
      return errors ? { data, errors } : { data };
    },
    async close() {
      await apollo.stop();
      await denialAudits(store).flush();
      warehouse.close();
      await store.close();
    },
  };
}
