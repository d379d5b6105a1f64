import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/graphql/schema.js';

/** `npm run schema`: writes schema/schema.graphql from the Pothos schema (a test fails when it is stale). */
writeFileSync('schema/schema.graphql', `${printSchema(schema)}\n`);
console.log('wrote schema/schema.graphql');
