import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInputs } from '../../../src/importers/importer.js';
import { textInput } from '../../support/fixtures.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('races');
});
afterAll(() => table.drop());

const document = (headline: string, spanish: string) =>
  textInput(
    'doc.json',
    JSON.stringify({
      format: 'news-document/v1',
      id: 'cms-7',
      language: 'en',
      headline,
      body: ['Ada Lovelace met Charles Babbage in London.'],
      publishedAt: '2026-11-01T10:00:00Z',
      translations: [{ language: 'es', headline: spanish }],
      people: [{ name: 'Ada Lovelace' }, { name: 'Charles Babbage' }],
    }),
  );

describe('concurrent and repeated imports of one document', () => {
  it('two racing imports end as one article, one person each, nothing lost', async () => {
    const [a, b] = await Promise.all([
      importInputs(table, [document('Engines of thought', 'Motores del pensamiento')], { source: 'a' }),
      importInputs(table, [document('Engines of thought', 'Motores del pensamiento')], { source: 'b' }),
    ]);

    const outcomes = [a?.documents[0]?.outcome, b?.documents[0]?.outcome].sort();
    expect(outcomes).toEqual(['UNCHANGED', 'WRITTEN']);
    const articles = await table.articles.listArticles({}, { first: 10 });
    expect(articles.edges).toHaveLength(1);
    expect(articles.edges[0]?.node.article).toMatchObject({
      version: 1,
      translations: [expect.objectContaining({ language: 'es', headline: 'Motores del pensamiento' })],
    });
    const people = await table.people.listPeople({}, { first: 10 });
    expect(people.edges.map((e) => [e.node.name, e.node.mentionCount])).toEqual([
      ['Ada Lovelace', 1],
      ['Charles Babbage', 1],
    ]);
  });

  it('a changed document becomes version 2 of the same article', async () => {
    const run = await importInputs(
      table,
      [document('Engines of thought, revised', 'Motores del pensamiento, revisado')],
      { source: 'c' },
    );

    expect(run?.documents[0]?.outcome).toBe('WRITTEN');
    const articles = await table.articles.listArticles({}, { first: 10 });
    expect(articles.edges).toHaveLength(1);
    expect(articles.edges[0]?.node.article).toMatchObject({ version: 2, headline: 'Engines of thought, revised' });
    // The old slug keeps resolving to the article, beside the new one.
    const id = articles.edges[0]!.node.id;
    expect(await table.articles.findBySlug('engines-of-thought')).toEqual([{ articleId: id, language: 'en' }]);
    expect(await table.articles.findBySlug('engines-of-thought-revised')).toEqual([{ articleId: id, language: 'en' }]);
    expect((await table.people.getWithEvents('ada-lovelace'))?.person.mentionCount).toBe(1);
  });

  it('a run id that was used before is not run again', async () => {
    const first = await importInputs(table, [document('x', 'y')], { source: 'd', runId: 'event-123' });
    const second = await importInputs(table, [document('x', 'y')], { source: 'd', runId: 'event-123' });

    expect(first?.id).toBe('event-123');
    expect(second).toBeUndefined();
  });
});
