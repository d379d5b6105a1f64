import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInputs } from '../../../src/importers/importer.js';
import { textInput } from '../../support/fixtures.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('known-people');
});
afterAll(() => table.drop());

const document = (id: string, language: string, headline: string, body: string[]) =>
  textInput(
    `${id}.json`,
    JSON.stringify({ format: 'news-document/v1', id, language, headline, body, publishedAt: '2026-11-01T10:00:00Z' }),
  );
const ids = new Map<string, string>();
const importAll = async (inputs: ReturnType<typeof document>[]) => {
  const run = await importInputs(table, inputs, { source: 'test' });
  for (const d of run?.documents ?? []) if (d.articleId) ids.set(d.document.replace(/\.json$/, ''), d.articleId);
};
/** The documents (by id) whose articles list the person. */
const articlesOf = async (personId: string) => {
  const listed = (await table.articles.listArticles({ personId }, { first: 10 })).edges.map((e) => e.node.id);
  return [...ids]
    .filter(([, id]) => listed.includes(id))
    .map(([doc]) => doc)
    .sort();
};

describe('linking people the table already knows', () => {
  it('links a later headline that names a known person by surname only, in Portuguese and in English', async () => {
    await importAll([
      document('pt-1', 'pt-BR', 'Pesquisa divulgada', [
        'O candidato do PSL à Presidência, Jair Bolsonaro, continua líder. Bolsonaro tem 28%.',
      ]),
      document('en-1', 'en', 'Transfer news', [
        'Tottenham confirmed that Harry Kane will stay. Kane signed on Monday.',
      ]),
    ]);
    await importAll([
      document('pt-2', 'pt-BR', 'A Primavera Feminista vai derrotar Bolsonaro nas ruas', ['Texto da coluna.']),
      document('en-2', 'en', 'Kane scores twice in the derby', ['The captain was applauded off.']),
    ]);

    expect(await articlesOf('jair-bolsonaro')).toEqual(['pt-1', 'pt-2']);
    expect(await articlesOf('harry-kane')).toEqual(['en-1', 'en-2']);
  });

  it('does not link a known short form the text uses as a month', async () => {
    await importAll([
      document('en-3', 'en', 'Theresa May resigns', ['Theresa May said she would go. May thanked her staff.']),
    ]);
    await importAll([document('en-4', 'en', 'Elections in May', ['The vote is due in May.'])]);

    expect(await articlesOf('theresa-may')).toEqual(['en-3']);
  });
});
