import { readFileSync } from 'node:fs';
import { GraphQLObjectType, printSchema } from 'graphql';
import { describe, expect, test } from 'vitest';
import { buildAppSchema, SCHEMA_FILE } from '../schema/build.ts';

describe('schema', () => {
  test('schema/schema.graphql is what the type-graphql classes emit (run `npm run schema:emit`)', async () => {
    const emitted = printSchema(await buildAppSchema()) + '\n';
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  test('every public type and output field carries a description', async () => {
    const schema = await buildAppSchema();
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !roots.has(type.name)) undocumented.push(type.name);
      if (type instanceof GraphQLObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
