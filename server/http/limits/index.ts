import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { QueryLimits } from '../../config.ts';
import { ErrorCode } from '../../../schema/common/errors.ts';
import type { RequestContext } from '../context.ts';
import { operationCost } from './cost.ts';
import { listBounds } from './list-bounds.ts';

/** Every limit refusal carries the same code and a 400, whichever check made it. */
export const tooComplex = (message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 }, ...extra } });

const report = (ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, '')));

/** Refuses an operation whose page-size-aware cost (cost.ts) exceeds the limit, before anything runs. */
function costPlugin(maxCost: number, maxPageSize: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const bounds = listBounds(contextValue.store);
          await bounds.ready();
          const cost = operationCost(schema, document, operation, request.variables ?? {}, maxPageSize, bounds);
          if (cost > maxCost) throw tooComplex(`query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages or fewer nested lists`, { cost, maxCost });
        },
      };
    },
  };
}

/**
 * The query limits as Apollo options: depth, aliases and directives through graphql-armor's
 * validation rules (reported as QUERY_TOO_COMPLEX), tokens through graphql-js's own parser
 * limit, and the cost plugin above. Field suggestions are masked so a refused query does not
 * spell out the schema that introspection hides in production.
 */
export function limitOptions(limits: QueryLimits, maxPageSize: number): Pick<ApolloServerOptions<RequestContext>, 'validationRules' | 'parseOptions' | 'plugins'> {
  if (!limits.enabled) return { validationRules: [], plugins: [] };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [report] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [report] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [report] },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [...(armor.plugins as ApolloServerPlugin<RequestContext>[]), costPlugin(limits.maxCost, maxPageSize)],
  };
}
