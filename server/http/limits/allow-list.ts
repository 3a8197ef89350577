import fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, print } from 'graphql';
import { ErrorCode } from '../../../schema/common/errors.ts';
import type { RequestContext } from '../context.ts';

/** Operations compare in printed form, so whitespace, commas and comments do not matter. */
const fingerprint = (document: string) => createHash('sha256').update(print(parse(document))).digest('hex');

/**
 * Reads the allow-list: a JSON array of GraphQL documents, or an object whose values are
 * documents (keyed by name or hash, as a client's persisted-query manifest is). A file that
 * does not parse stops the server at start rather than letting every query through.
 */
export function loadAllowList(file: string): Set<string> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`PERSISTED_OPERATIONS_FILE ${file}: ${(err as Error).message}`);
  }
  const documents = Array.isArray(json) ? json : json && typeof json === 'object' ? Object.values(json) : null;
  if (!documents || documents.some((d) => typeof d !== 'string')) {
    throw new Error(`PERSISTED_OPERATIONS_FILE ${file}: expected an array of GraphQL documents or an object of them`);
  }
  return new Set((documents as string[]).map(fingerprint));
}

/** Runs only the operations on the allow-list; anything else is OPERATION_NOT_ALLOWED (HTTP 400). */
export function allowListPlugin(file: string): ApolloServerPlugin<RequestContext> {
  const allowed = loadAllowList(file);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (allowed.has(createHash('sha256').update(print(document)).digest('hex'))) return;
          throw new GraphQLError('this server runs only its persisted operations, and this is not one of them', {
            extensions: { code: ErrorCode.OPERATION_NOT_ALLOWED, http: { status: 400 } },
          });
        },
      };
    },
  };
}
