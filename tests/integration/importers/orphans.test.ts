import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInputs } from '../../../src/importers/importer.js';
import { textInput } from '../../support/fixtures.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('orphans');
});
afterAll(() => table.drop());

const oversized = (
  id: string,
  people: string[],
  events: { name: string; kind: string; participants: string[] }[] = [],
) =>
  textInput(
    `${id}.json`,
    JSON.stringify({
      format: 'news-document/v1',
      id,
      language: 'en',
      headline: 'A report too long for one item',
      // 25 paragraphs of 90,000 characters: the body would be over the 2 MB a body may have.
      body: Array.from({ length: 25 }, () => 'abcdefghij'.repeat(9_000)),
      publishedAt: '2026-11-01T10:00:00Z',
      people: people.map((name) => ({ name })),
      events,
    }),
  );

describe('an article the table refuses', () => {
  it('is rejected with its size and leaves no new person or event behind', async () => {
    const run = await importInputs(
      table,
      [
        oversized(
          'cms-big-1',
          ['Orphan Candidate', 'Second Candidate'],
          [{ name: 'Summit of the unwritten', kind: 'SUMMIT', participants: ['Orphan Candidate'] }],
        ),
      ],
      { source: 'test' },
    );

    expect(run?.documents[0]).toMatchObject({
      outcome: 'REJECTED',
      reason: expect.stringMatching(/body of \d+ bytes, over the 2097152 bytes a body may have/),
    });
    expect((await table.people.listPeople({}, { first: 10 })).edges).toEqual([]);
    expect((await table.events.listEvents({}, { first: 10 })).edges).toEqual([]);
  });
});
