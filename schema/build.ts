import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from '../resolvers/index.ts';
import { authChecker } from '../server/auth/auth-checker.ts';
import { requestGuards } from '../server/http/limits/guards.ts';

export const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/**
 * The executable schema, built once per process from the resolver classes, with the role check
 * behind `@Authorized`, the request deadline and the refusal of NUL characters on every field. Hot object types (connections,
 * filings, agencies, regions, analytics rows) set `simpleResolvers`: their plain data fields
 * skip those wrappers, which only matter on resolvers that read or decide something.
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, authChecker, globalMiddlewares: [requestGuards] });
  return built;
}
