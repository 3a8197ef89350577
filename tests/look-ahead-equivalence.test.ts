import {
  getNamedType, getNullableType, isLeafType, isListType, isNonNullType, isObjectType,
  type GraphQLField, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAppSchema } from '../schema/build.ts';
import { seedDemo } from '../server/db/seed/index.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

/**
 * Look-ahead reads fetch only the columns a query selects and join selected references in.
 * Whatever a query selects, each field must come out as it does when everything is selected:
 * checked here for every paged root field of the schema, field by field, for an unscoped role
 * and for a scoped one that sees personal data masked.
 */
const PAGE = 15;

const callable = (field: GraphQLField<unknown, unknown>) => field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);
const leaves = (type: GraphQLObjectType) => Object.values(type.getFields()).filter((f) => callable(f) && isLeafType(getNamedType(f.type))).map((f) => f.name);
/** Fields of a node that load one other record (a filing's agency), each selected with that record's own leaves. */
const references = (type: GraphQLObjectType) => Object.values(type.getFields())
  .filter((f) => callable(f) && isObjectType(getNullableType(f.type)))
  .map((f) => `${f.name} { ${leaves(getNullableType(f.type) as GraphQLObjectType).join(' ')} }`);

/** Every root field answering a page (a connection with `nodes`), with the selections its node offers. */
function pagedRoots(schema: GraphQLSchema) {
  return Object.values(schema.getQueryType()!.getFields()).flatMap((root) => {
    const page = getNamedType(root.type);
    const nodes = isObjectType(page) ? page.getFields().nodes : undefined;
    if (!nodes || !callable(root)) return [];
    const node = getNamedType(nodes.type) as GraphQLObjectType;
    if (!isListType(getNullableType(nodes.type))) return [];
    return [{ root: root.name, selections: [...leaves(node), ...references(node)] }];
  });
}

const fieldName = (selection: string) => selection.split(' ')[0];

describe('look-ahead: a narrow selection reads the same values as a wide one', () => {
  let server: TestServer;
  let roots: ReturnType<typeof pagedRoots>;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.app.services.store, { scale: 0.2, seed: 7 });
    roots = pagedRoots(await buildAppSchema());
  }, 120_000);
  afterAll(async () => server?.close());

  test('the schema has paged roots to check', () => {
    expect(roots.map((r) => r.root)).toEqual(expect.arrayContaining(['agencies', 'filings', 'officers', 'penaltyCases', 'problems', 'caseReviews']));
  });

  for (const role of ['ADMIN', 'SUPERVISOR'] as const) {
    test(`every field of every paged root, as ${role}`, async () => {
      const token = await server.token(role === 'ADMIN' ? { role } : { role, regionCode: '420702' });
      let compared = 0;
      for (const { root, selections } of roots) {
        const wide = await server.post(`{ ${root}(first: ${PAGE}) { nodes { ${selections.join(' ')} } } }`, {}, token);
        if (wide.body.errors) continue; // a root the role may not read
        const nodes = wide.body.data[root].nodes as Array<Record<string, unknown>>;
        for (const selection of selections) {
          const narrow = await server.post(`{ ${root}(first: ${PAGE}) { nodes { ${selection} } } }`, {}, token);
          const name = fieldName(selection);
          expect(narrow.body.errors, `${root}.${name}`).toBeUndefined();
          expect(narrow.body.data[root].nodes, `${root}.${name} as ${role}`).toEqual(nodes.map((n) => ({ [name]: n[name] })));
          compared += nodes.length;
        }
      }
      expect(compared).toBeGreaterThan(500);
    }, 120_000);
  }
});
