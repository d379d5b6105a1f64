import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operatorSchema, schema } from '../../src/graphql/schema.js';

const committed = (file: string) => readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');

describe('schema/schema.graphql and schema/operator.graphql', () => {
  it('match the Pothos schemas (run npm run schema after an API change)', () => {
    expect(committed('schema.graphql')).toBe(`${printSchema(schema)}\n`);
    expect(committed('operator.graphql')).toBe(`${printSchema(operatorSchema())}\n`);
  });
});

describe('the public schema', () => {
  it('has no Mutation type: editing happens on the operator endpoint only', () => {
    expect(schema.getMutationType()).toBeUndefined();
  });

  it('has no operator fields or types (import runs)', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});

    expect(fields).not.toContain('importRuns');
    expect(fields).not.toContain('importRun');
    expect(schema.getType('ImportRun')).toBeUndefined();
  });
});

describe('the operator schema', () => {
  it('serves every public query field, the import runs and the audit log', () => {
    const publicFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const operatorFields = Object.keys(operatorSchema().getQueryType()?.getFields() ?? {});

    expect(new Set(operatorFields)).toEqual(new Set([...publicFields, 'importRuns', 'importRun', 'auditLog']));
  });

  it("has the editors' mutations, and the public schema has none of their types", () => {
    const mutations = Object.keys(operatorSchema().getMutationType()?.getFields() ?? {});

    expect(mutations).toContain('addAuditNote');
    expect(schema.getType('AuditEntry')).toBeUndefined();
  });
});
