// PostGraphile 4.14 over the same PostgreSQL database, as its users deploy it in production:
// no GraphiQL, no query log, no schema watching. Run by bench/operational.ts in its own process.
import http from 'node:http';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import pg from 'pg';

// npm installed two copies of graphql 15 under postgraphile (its own and graphile-build-pg's);
// two instances of graphql's classes break its schema ("Unexpected input type"), so every
// require of 'graphql' made by PostGraphile's CommonJS modules resolves to one copy.
const require = createRequire(import.meta.url);
const postgraphileDir = require.resolve('postgraphile');
const graphqlDir = path.dirname(createRequire(postgraphileDir).resolve('graphql/package.json'));
const resolver = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolve = resolver._resolveFilename;
resolver._resolveFilename = function (request, ...rest) {
  const isGraphql = request === 'graphql' || request.startsWith('graphql/');
  return resolve.call(this, isGraphql ? graphqlDir + request.slice('graphql'.length) : request, ...rest);
};
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const middleware = postgraphile(pool, 'public', {
  graphiql: false,
  disableQueryLog: true,
  watchPg: false,
  retryOnInitFail: false,
  ignoreRBAC: false,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
});
http.createServer(middleware).listen(Number(process.env.PORT));
