import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArticleItem } from '../../../src/storage/items.js';
import { makeArticle } from '../../support/factories.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
const PARAGRAPH = 'A long paragraph of a long article, written to make each item large. '.repeat(20);

/** 150 articles of about 14 KB each: 100 of them are more than DynamoDB's 1 MB per Query page. */
beforeAll(async () => {
  table = await createTestTable('paged');
  const items = Array.from({ length: 150 }, (_, i) =>
    toArticleItem(
      makeArticle({
        id: `big-${String(i).padStart(3, '0')}`,
        publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
        body: Array.from({ length: 10 }, () => PARAGRAPH),
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
