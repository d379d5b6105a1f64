import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/storage/article-writer.js';
import { toArticleSummaryItem } from '../../../src/storage/items.js';
import { makeArticle } from '../../support/factories.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
const PARAGRAPH = 'A long paragraph of a long article, written to make each item large. '.repeat(20);

/**
 * 150 feed summaries of about 14 KB each (bodies are not indexed, so a long summary text makes them
 * large): 100 of them are more than DynamoDB's 1 MB per Query page.
 */
beforeAll(async () => {
  table = await createTestTable('paged');
  const items = Array.from({ length: 150 }, (_, i) =>
    toArticleSummaryItem(
      makeArticle({
        id: `big-${String(i).padStart(3, '0')}`,
        publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
        summary: PARAGRAPH.repeat(10),
      }).article,
    ),
  );
  for (let i = 0; i < items.length; i += 25) {
    await table.client.send(
      new BatchWriteCommand({
        RequestItems: { [table.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  }
});
afterAll(() => table.drop());

describe('list pages over large items', () => {
  it('returns 100 edges and a next page when the first 100 items exceed 1 MB', async () => {
    const page = await table.articles.listArticles({}, { first: 100 });

    expect(page.edges).toHaveLength(100);
    expect(page.hasNextPage).toBe(true);
    expect(page.edges[0]?.node.id).toBe('big-149');
  });

  it('continues from the cursor to the last article and says there is no more', async () => {
    const first = await table.articles.listArticles({}, { first: 100 });

    const rest = await table.articles.listArticles({}, { first: 100, after: first.edges.at(-1)?.cursor as string });

    expect(rest.edges).toHaveLength(50);
    expect(rest.edges.at(-1)?.node.id).toBe('big-000');
    expect(rest.hasNextPage).toBe(false);
  });
});

describe('feed pages whatever the article length', () => {
  const paragraphs = (kilobytes: number) => Array.from({ length: kilobytes }, (_, i) => `${i} ${'x'.repeat(1020)}`);
  // The items the article write puts (article, body, summary), written in batches to keep the test quick.
  const write = async (language: string, kilobytes: number) => {
    const written = Array.from({ length: 101 }, (_, i) => {
      const document = makeArticle({ id: `${language}-${i}`, language, body: paragraphs(kilobytes), spanish: false });
      const { articleItem, bodyItems } = checkArticle(document);
      return [articleItem, ...bodyItems, toArticleSummaryItem(document.article)];
    }).flat();
    for (let i = 0; i < written.length; i += 25)
      await table.client.send(
        new BatchWriteCommand({
          RequestItems: { [table.tableName]: written.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) },
        }),
      );
  };
  const readUnitsOfPage = async (language: string) => {
    table.calls.reset();
    table.calls.measure(true);
    const page = await table.articles.listArticles({ language }, { first: 100 });
    table.calls.measure(false);
    return { edges: page.edges.length, readUnits: table.calls.reads.readUnits };
  };

  it('reads the same units for 100 articles of 2 KB and of 40 KB bodies', async () => {
    await write('fr', 2);
    await write('de', 40);

    const short = await readUnitsOfPage('fr');
    const long = await readUnitsOfPage('de');

    expect(short.edges).toBe(100);
    expect(long.edges).toBe(100);
    expect(long.readUnits).toBeGreaterThan(0);
    expect(long.readUnits).toBe(short.readUnits);
  });
});
