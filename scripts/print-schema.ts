import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { operatorSchema, schema } from '../src/graphql/schema.js';

/** `npm run schema`: writes both schemas from Pothos (a test fails when either is stale). */
writeFileSync('schema/schema.graphql', `${printSchema(schema)}\n`);
writeFileSync('schema/operator.graphql', `${printSchema(operatorSchema())}\n`);
console.log('wrote schema/schema.graphql and schema/operator.graphql');
