import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { type GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { introspectionEnabled, type Config } from '../config.ts';
import type { RequestContext } from './context.ts';
import { ErrorCode } from '../../schema/common/errors.ts';
import { limitOptions } from './limits/index.ts';
import { allowListPlugin } from './limits/allow-list.ts';
import { storeErrorCode } from './store-errors.ts';
import { selectionPlugin } from './selection.ts';

// INTERNAL_SERVER_ERROR is what Apollo stamps on every unexpected error (a failed SQL query
// among them), so it never passes through as is: those go through the masking below.
const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR), 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

const STORE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.TIMEOUT]: 'the query took longer than the database statement timeout and was cancelled',
  [ErrorCode.STORE_UNAVAILABLE]: 'the operational store is unavailable; try again shortly',
};

/**
 * Errors we raised on purpose pass through; store outages and statement timeouts get their
 * stable codes; anything else is logged and masked, so no SQL or stack reaches a client.
 */
export function formatError(config: Pick<Config, 'logLevel'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // Limits reported through validation (armor's rules) or parsing (graphql-js's token limit)
    // come out as validation or parse failures; they are limits like the cost, with its code.
    const limit = (error as GraphQLError | undefined)?.originalError as GraphQLError | undefined;
    if ((code === 'GRAPHQL_VALIDATION_FAILED' && limit?.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX)
      || (code === 'GRAPHQL_PARSE_FAILED' && /tokens\. Parsing aborted/.test(formatted.message))) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    // A literal refused by its scalar (an unknown domain code) is bad input, as the same value sent in a variable is.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && limit?.extensions?.code === ErrorCode.BAD_USER_INPUT) {
      return { message: formatted.message, locations: formatted.locations, extensions: { ...limit.extensions } };
    }
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    const storeCode = storeErrorCode(original);
    if (storeCode) return { message: STORE_MESSAGES[storeCode]!, path: formatted.path, locations: formatted.locations, extensions: { code: storeCode } };
    if (config.logLevel !== 'silent') console.error('[graphql] internal error:', original);
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

export function createApollo(schema: GraphQLSchema, config: Config, plugins: ApolloServerPlugin<RequestContext>[] = []) {
  const limits = limitOptions(config.limits, config.maxPageSize);
  return new ApolloServer<RequestContext>({
    schema,
    introspection: introspectionEnabled(config),
    includeStacktraceInErrorResponses: false,
    // serve.ts owns shutdown (drain HTTP, then close the stores); Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    formatError: formatError(config),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Allow-listed servers take no ad-hoc documents through APQ's registration either.
    persistedQueries: config.persistedOperationsFile ? false : undefined,
    plugins: [
      // No cache hints are used; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Not a federated subgraph: Apollo would install the inline-trace plugin only to skip it on every request.
      ApolloServerPluginInlineTraceDisabled(),
      selectionPlugin(),
      // The explorer is our own page (server/http/pages.ts): Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ...(config.persistedOperationsFile ? [allowListPlugin(config.persistedOperationsFile)] : []),
      ...(limits.plugins ?? []),
      ...plugins,
    ],
  });
}
