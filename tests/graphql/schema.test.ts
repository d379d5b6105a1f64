import { readFileSync } from 'node:fs';
import { parse, printSchema, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operatorSchema, schema } from '../../src/graphql/schema.js';
import { readme } from '../support/readme.js';

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

  it("has the articles' correction notes but not what only editors see (pending source changes, dismissals)", () => {
    const article = schema.getType('Article') as import('graphql').GraphQLObjectType;
    const fields = Object.keys(article.getFields());

    expect(fields).toContain('corrections');
    expect(fields).not.toContain('pendingSourceChanges');
    expect(fields).not.toContain('dismissedQualityFlags');
    expect(Object.keys((schema.getType('Correction') as import('graphql').GraphQLObjectType).getFields())).toEqual([
      'date',
      'note',
    ]);
  });
});

describe('the operator schema', () => {
  it('serves every public query field, the import runs, the audit log and the review queue', () => {
    const publicFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const operatorFields = Object.keys(operatorSchema().getQueryType()?.getFields() ?? {});

    expect(new Set(operatorFields)).toEqual(
      new Set([...publicFields, 'importRuns', 'importRun', 'auditLog', 'qualityReview']),
    );
  });

  it("has the editors' mutations, and the public schema has none of their types", () => {
    const mutations = Object.keys(operatorSchema().getMutationType()?.getFields() ?? {});

    expect(mutations).toEqual(
      expect.arrayContaining(['addAuditNote', 'correctArticle', 'acceptSourceChange', 'dismissQualityFlag']),
    );
    expect(schema.getType('AuditEntry')).toBeUndefined();
    for (const operatorOnly of ['ArticleCorrectionInput', 'PendingSourceChange', 'FlagDismissal'])
      expect(schema.getType(operatorOnly)).toBeUndefined();
  });
});

describe("the README's Editing content examples", () => {
  it('are JSON bodies whose operations are valid on the operator schema', () => {
    const section = readme().split('## Editing content')[1]?.split('\n## ')[0] ?? '';
    const bodies = [...section.matchAll(/-d '(\{.*\})'/g)].map(
      (match) => JSON.parse(match[1] ?? '') as { query: string },
    );
    const operations = bodies.map((body) => /^(?:query|mutation)?[^{]*\{\s*(\w+)/.exec(body.query)?.[1]);

    expect(operations).toEqual(expect.arrayContaining(['unpublishArticle', 'republishArticle', 'deleteArticle']));
    expect(operations).toEqual(expect.arrayContaining(['restoreArticle', 'auditLog', 'addAuditNote']));
    for (const body of bodies) expect(validate(operatorSchema(), parse(body.query))).toEqual([]);
  });
});

describe("the README's editing examples", () => {
  it('are valid operations of the operator schema, one per mutation on people and events', () => {
    const section = readme().split('### People and events')[1]?.split('\n## ')[0] ?? '';
    const operations = [...section.matchAll(/op '(\{.*\})'$/gm)].map(
      (match) => (JSON.parse(match[1] ?? '{}') as { query: string }).query,
    );

    expect(operations.map((query) => validate(operatorSchema(), parse(query)).map((e) => e.message))).toEqual(
      operations.map(() => []),
    );
    const used = operations.map((query) => /^(?:mutation )?\{ (\w+)/.exec(query)?.[1]);
    expect(new Set(used)).toEqual(
      new Set([
        'updatePerson',
        'updateEvent',
        'mergePeople',
        'mergeEvents',
        'deletePerson',
        'deleteEvent',
        'restorePerson',
        'restoreEvent',
        'auditLog',
      ]),
    );
  });
});
