import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../../src/domain/import-run.js';
import { importInputs } from '../../../src/importers/importer.js';
import type { RawInput } from '../../../src/importers/raw-input.js';
import { textInput } from '../../support/fixtures.js';
import { graphqlClient } from '../../support/graphql-client.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

const tables: TestTable[] = [];
let table: TestTable;
// A table per test: each one counts the articles a sequence of imports leaves.
beforeEach(async () => {
  table = await createTestTable('text-id');
  tables.push(table);
});
afterAll(() => Promise.all(tables.map((t) => t.drop())));

const seed = readFileSync(new URL('../../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8');
const HEADLINE = 'North Korea wants to crash bilateral ties with Russia';
const CORRECTED = 'North Korea wants to deepen bilateral ties with Russia';
const run = async (input: RawInput) => (await importInputs(table, [input], { source: 'test' })) as ImportRun;
const articles = async () => {
  const { data } = await graphqlClient(table)('{ articles(first: 10) { edges { node { id headline publishedAt } } } }');
  return data.articles.edges.map((edge: { node: unknown }) => edge.node);
};

describe('plain-text identity', () => {
  it('replaces the article when a file with an Id line comes back with a corrected headline', async () => {
    const first = await run(textInput('ties.txt', `Id: dw-nk-russia-ties\n${seed}`));
    const second = await run(textInput('ties.txt', `Id: dw-nk-russia-ties\n${seed.replace(HEADLINE, CORRECTED)}`));

    expect(second.documents[0]).toMatchObject({ outcome: 'WRITTEN', articleId: first.documents[0]?.articleId });
    expect(await articles()).toEqual([
      { id: expect.any(String), headline: CORRECTED, publishedAt: '2024-11-16T00:00:00.000Z' },
    ]);
  });

  it('replaces the article when a file with an Id line comes back with a corrected date line', async () => {
    const note = (date: string) =>
      `id:  desk-note-7\n\n${date}\n\nCouncil approves the new tram line\n\nThe city council approved the tram line on a vote of 31 to 12.\n`;
    const first = await run(textInput('note.txt', note('Tuesday, March 4, 2025')));
    const second = await run(textInput('note.txt', note('Wednesday, March 5, 2025')));

    expect(second.documents[0]).toMatchObject({ outcome: 'WRITTEN', articleId: first.documents[0]?.articleId });
    expect(await articles()).toEqual([
      {
        id: expect.any(String),
        headline: 'Council approves the new tram line',
        publishedAt: '2025-03-05T00:00:00.000Z',
      },
    ]);
  });

  it('adds a second article for a corrected headline when the file has no Id line (date and headline identify it)', async () => {
    await run(textInput('ties.txt', seed));
    await run(textInput('ties.txt', seed.replace(HEADLINE, CORRECTED)));

    expect((await articles()).map((a: { headline: string }) => a.headline).sort()).toEqual([HEADLINE, CORRECTED]);
  });
});
