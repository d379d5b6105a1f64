import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../src/domain/import-run.js';
import { importInputs } from '../../src/importers/importer.js';
import { fixtureInput, textInput } from '../support/fixtures.js';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
let run: ImportRun;

beforeAll(async () => {
  table = await createTestTable('runs-api');
  run = (await importInputs(
    table,
    [fixtureInput('seed/north-korea-russia-ties.txt'), textInput('bad.json', '{"format":"news-document/v1"}')],
    { source: 'test' },
  )) as ImportRun;
  query = graphqlClient(table);
}, 180_000);
afterAll(() => table.drop());

describe('import runs over GraphQL', () => {
  it('lists runs newest first with their counts', async () => {
    const { data } = await query(
      '{ importRuns(first: 5) { edges { node { id source status counts { documents written unchanged rejected } } } } }',
      {},
      {},
      true,
    );

    expect(data.importRuns.edges).toEqual([
      {
        node: {
          id: run.id,
          source: 'test',
          status: 'SUCCEEDED',
          counts: { documents: 2, written: 1, unchanged: 0, rejected: 1 },
        },
      },
    ]);
  });

  it('shows one run with the reason each rejected document was refused', async () => {
    const { data } = await query(
      'query($id: ID!) { importRun(id: $id) { documents(outcome: REJECTED) { edges { node { document reason } } } } }',
      { id: run.id },
      {},
      true,
    );

    expect(data.importRun.documents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        document: 'bad.json',
        reason:
          'not a valid news-document/v1: id is missing; language is missing; headline is missing; body is missing; publishedAt is missing',
      },
    ]);
  });

  it("gives each document's article as a global ID that article(id:) accepts, with its headline and flag kinds", async () => {
    const { data } = await query(
      'query($id: ID!) { importRun(id: $id) { documents(outcome: WRITTEN) { edges { node { articleId headline flags } } } } }',
      { id: run.id },
      {},
      true,
    );
    const [document] = data.importRun.documents.edges.map((e: { node: unknown }) => e.node);
    const found = await query('query($id: ID!) { article(id: $id) { headline } }', { id: document.articleId });

    expect(document).toEqual({
      articleId: expect.any(String),
      headline: 'North Korea wants to crash bilateral ties with Russia',
      flags: ['FOREIGN_FRAGMENT', 'IMPLAUSIBLE_YEAR', 'DOUBLED_PHRASE'],
    });
    expect(found.data.article.headline).toBe('North Korea wants to crash bilateral ties with Russia');
  });

  it("gives a written document's article as a Relay global ID that node(id:) resolves", async () => {
    const { data } = await query(
      'query($id: ID!) { importRun(id: $id) { documents(outcome: WRITTEN) { edges { node { articleId article { headline } } } } } }',
      { id: run.id },
      {},
      true,
    );
    const [written] = data.importRun.documents.edges.map((e: { node: unknown }) => e.node);
    const { data: node } = await query('query($id: ID!) { node(id: $id) { ... on Article { headline } } }', {
      id: written.articleId,
    });

    expect(Buffer.from(written.articleId, 'base64').toString()).toBe(
      `Article:${run.documents.find((d) => d.outcome === 'WRITTEN')?.articleId}`,
    );
    expect(written.article).toEqual({ headline: 'North Korea wants to crash bilateral ties with Russia' });
    expect(node.node).toEqual(written.article);
  });

  it('pages the documents in input order, one Query a page after the run item', async () => {
    const page = (after?: string) =>
      query(
        'query($id: ID!, $after: String) { importRun(id: $id) { documents(first: 1, after: $after) { edges { cursor node { document outcome } } pageInfo { hasNextPage endCursor } } } }',
        { id: run.id, after },
        {},
        true,
      );
    table.calls.reset();
    const first = (await page()).data.importRun.documents;
    const calls = [...table.calls.calls];
    const second = (await page(first.pageInfo.endCursor)).data.importRun.documents;

    expect(calls).toEqual(['GetItem', 'Query']);
    expect(first.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { document: expect.stringContaining('north-korea-russia-ties.txt'), outcome: 'WRITTEN' },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges.map((e: { node: unknown }) => e.node)).toEqual([{ document: 'bad.json', outcome: 'REJECTED' }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('reports an unknown run as NOT_FOUND', async () => {
    const { errors } = await query('{ importRun(id: "nope") { id } }', {}, {}, true);

    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('does not serve runs on the public API at all', async () => {
    const list = await query('{ importRuns { edges { node { id } } } }');
    const one = await query('query($id: ID!) { importRun(id: $id) { id } }', { id: run.id });

    for (const answer of [list, one]) {
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.message).toMatch(/^Cannot query field "importRuns?" on type "Query"/);
    }
  });

  it("serves the seed article's quality flags and people as imported", async () => {
    const { data } = await query(
      '{ article(slug: "north-korea-wants-to-crash-bilateral-ties-with-russia") { people { name } events { name place { name } participants { edges { node { name } } } } qualityFlags { kind text } } }',
    );

    expect(data.article.people).toEqual([
      { name: 'Kim Jong-un' },
      { name: 'Vladimir Putin' },
      { name: 'Donald Trump' },
    ]);
    expect(data.article.events).toEqual(
      expect.arrayContaining([
        {
          name: 'Summit in Vladivostok',
          place: { name: 'Vladivostok' },
          participants: { edges: [{ node: { name: 'Kim Jong-un' } }, { node: { name: 'Vladimir Putin' } }] },
        },
        {
          name: 'Summit in Hanoi',
          place: { name: 'Hanoi' },
          participants: { edges: [{ node: { name: 'Donald Trump' } }, { node: { name: 'Kim Jong-un' } }] },
        },
      ]),
    );
    expect(data.article.qualityFlags).toEqual([
      { kind: 'FOREIGN_FRAGMENT', text: 'añ' },
      { kind: 'IMPLAUSIBLE_YEAR', text: '1200' },
      { kind: 'DOUBLED_PHRASE', text: 'The supreme leader The North Korean' },
      { kind: 'IMPLAUSIBLE_YEAR', text: '1200' },
    ]);
  });

  it('serves the seed summits undated, with the date as stated, under slugs without the year 1200', async () => {
    const { data } = await query(
      '{ events(filter: { kind: SUMMIT }) { edges { node { slug start { value } dateUncertain statedDate statedMonth } } } person(slug: "kim-jong-un") { events(first: 10) { edges { node { slug start { value } } } } } }',
    );

    expect(data.events.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([
        { slug: 'summit-in-vladivostok', start: null, dateUncertain: true, statedDate: 'April 1200', statedMonth: 4 },
        { slug: 'summit-in-hanoi', start: null, dateUncertain: true, statedDate: 'two months earlier', statedMonth: 2 },
      ]),
    );
    expect(JSON.stringify(data)).not.toContain('1200-');
    expect(data.person.events.edges.map((e: { node: { slug: string } }) => e.node.slug).sort()).toEqual([
      'summit-in-hanoi',
      'summit-in-vladivostok',
    ]);
  });
});
