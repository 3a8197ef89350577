import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { buildAppSchema, SCHEMA_FILE } from '../../schema/build.ts';

/** Writes schema/schema.graphql from the type-graphql classes (npm run schema:emit). */
const schema = await buildAppSchema();
writeFileSync(SCHEMA_FILE, printSchema(schema) + '\n');
console.error(`wrote ${SCHEMA_FILE}`);
