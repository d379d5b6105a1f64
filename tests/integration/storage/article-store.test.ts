import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Table } from '../../../src/storage/table.js';
import { type BackfillProgress, backfillUpdateEntries } from '../../../src/storage/update-entry-backfill.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';
import { makeArticle } from '../../support/factories.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('store');
});
afterAll(() => table.drop());

describe('DynamoArticleRepository', () => {
  it('saves an article with its body and translation and reads them back, the body apart', async () => {
    const document = makeArticle({ spanishBody: ['Primer párrafo.'] });
    await table.articles.saveArticle(document);

    const found = await table.entities.getMany([
      { type: 'Article', id: document.article.id },
      { type: 'ArticleBody', id: document.article.id },
      { type: 'Article', id: 'missing' },
      { type: 'Translation', id: `${document.article.id}/es` },
    ]);

    expect(found.get(`Article:${document.article.id}`)).toEqual({ ...document.article, body: [] });
    expect(found.get(`ArticleBody:${document.article.id}`)).toEqual({
      articleId: document.article.id,
      body: ['First paragraph.', 'Second paragraph.'],
    });
    expect(found.has('Article:missing')).toBe(false);
    expect(found.get(`Translation:${document.article.id}/es`)).toMatchObject({
      language: 'es',
      body: ['Primer párrafo.'],
    });
  });

  it('finds an article by the slug of any of its languages', async () => {
    const document = makeArticle();
    await table.articles.saveArticle(document);

    expect(await table.articles.findBySlug(document.article.slug)).toEqual([
      { articleId: document.article.id, language: 'en' },
    ]);
    expect(await table.articles.findBySlug(document.translations[0]!.slug)).toEqual([
      { articleId: document.article.id, language: 'es' },
    ]);
    expect(await table.articles.findBySlug('no-such-slug')).toEqual([]);
  });

  it('refuses a slug another article already holds in that language, writing nothing', async () => {
    const first = makeArticle();
    await table.articles.saveArticle(first);
    const thief = makeArticle({ slug: first.article.slug });

    await expect(table.articles.saveArticle(thief)).rejects.toThrow(
      /nothing written: slug "headline-number-\d+-article-\d+" \(en\) belongs to another article/,
    );
    expect((await table.entities.getMany([{ type: 'Article', id: thief.article.id }])).size).toBe(0);
  });

  it('reads more than 100 articles in chunks with one call per chunk', async () => {
    const documents = Array.from({ length: 130 }, () => makeArticle());
    for (const document of documents) await table.articles.saveArticle(document);
    const counter = table.calls;
    counter.reset();

    const found = await table.entities.getMany(documents.map((d) => ({ type: 'Article' as const, id: d.article.id })));

    expect(found.size).toBe(130);
    expect(counter.calls).toEqual(['BatchGetItem', 'BatchGetItem']);
  });
});

describe('listArticles', () => {
  it('pages newest first and stays stable while a newer article arrives', async () => {
    const isolated = await createTestTable('feed');
    const documents = [1, 2, 3, 4, 5].map((day) => makeArticle({ publishedAt: `2024-01-0${day}T00:00:00.000Z` }));
    for (const document of documents) await isolated.articles.saveArticle(document);

    const firstPage = await isolated.articles.listArticles({}, { first: 2 });
    await isolated.articles.saveArticle(makeArticle({ publishedAt: '2025-01-01T00:00:00.000Z' }));
    const secondPage = await isolated.articles.listArticles({}, { first: 2, after: firstPage.edges.at(-1)!.cursor });
    const lastPage = await isolated.articles.listArticles({}, { first: 2, after: secondPage.edges.at(-1)!.cursor });

    expect(firstPage.edges.map((e) => e.node.article?.publishedAt.slice(0, 10))).toEqual(['2024-01-05', '2024-01-04']);
    expect(firstPage.hasNextPage).toBe(true);
    expect(secondPage.edges.map((e) => e.node.article?.publishedAt.slice(0, 10))).toEqual(['2024-01-03', '2024-01-02']);
    expect(lastPage.edges.map((e) => e.node.article?.publishedAt.slice(0, 10))).toEqual(['2024-01-01']);
    expect(lastPage.hasNextPage).toBe(false);
    await isolated.drop();
  });

  it('knows an empty table is empty', async () => {
    const isolated = await createTestTable('empty');
    expect(await isolated.articles.isEmpty()).toBe(true);
    await isolated.articles.saveArticle(makeArticle());
    expect(await isolated.articles.isEmpty()).toBe(false);
    await isolated.drop();
  });
});

describe('listArticles({ updatedSince })', () => {
  let own: TestTable;
  beforeAll(async () => {
    own = await createTestTable('updated');
  });
  afterAll(() => own.drop());

  /** `n` months before the current one, on `day`: entries land in different monthly partitions. */
  const monthsAgo = (n: number, day = 10) => {
    const date = new Date();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() - n, day);
    return date.toISOString();
  };
  const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id);
  const older = makeArticle({ id: 'changed-5-months-ago', updatedAt: monthsAgo(5) });
  const a = makeArticle({ id: 'changed-3-months-ago', updatedAt: monthsAgo(3) });
  const b = makeArticle({ id: 'changed-2-months-ago', updatedAt: monthsAgo(2) });
  const c = makeArticle({ id: 'changed-this-month', updatedAt: monthsAgo(0, 1) });

  it('lists the articles changed since an instant, oldest change first across months, resuming from the cursor', async () => {
    for (const document of [older, a, b, c]) await own.articles.saveArticle(document);

    const first = await own.articles.listArticles({ updatedSince: monthsAgo(4) }, { first: 2 });
    const rest = await own.articles.listArticles(
      { updatedSince: monthsAgo(4) },
      { first: 2, after: first.edges.at(-1)?.cursor as string },
    );

    expect(ids(first)).toEqual([a.article.id, b.article.id]);
    expect(first.hasNextPage).toBe(true);
    expect(ids(rest)).toEqual([c.article.id]);
    expect(rest.hasNextPage).toBe(false);
  });

  it('moves an article changed again to the end, so a client resuming from its cursor sees it once more', async () => {
    const before = await own.articles.listArticles({ updatedSince: monthsAgo(4) }, { first: 10 });
    await own.articles.saveArticle({
      ...a,
      article: { ...a.article, version: 2, headline: 'Corrected', updatedAt: new Date().toISOString() },
    });

    const after = await own.articles.listArticles(
      { updatedSince: monthsAgo(4) },
      { first: 10, after: before.edges.at(-1)?.cursor as string },
    );
    const all = await own.articles.listArticles({ updatedSince: monthsAgo(4) }, { first: 10 });

    expect(ids(after)).toEqual([a.article.id]);
    expect(ids(all)).toEqual([b.article.id, c.article.id, a.article.id]);
  });

  it('backfills the update entries of articles stored before them, in bounded calls resumed from a cursor', async () => {
    const storage = new Table(own.client, own.tableName);
    for (const { article } of [older, b, c])
      await own.client.send(
        new DeleteCommand({ TableName: own.tableName, Key: { PK: `ARTICLE#${article.id}`, SK: 'UPDATED' } }),
      );
    const since = { updatedSince: monthsAgo(6) };
    expect(ids(await own.articles.listArticles(since, { first: 10 }))).toEqual([a.article.id]);

    const calls: BackfillProgress[] = [await backfillUpdateEntries(storage, { limit: 3 })];
    while (!calls.at(-1)?.complete)
      calls.push(await backfillUpdateEntries(storage, { limit: 3, cursor: calls.at(-1)?.cursor }));
    const again = await backfillUpdateEntries(storage, { limit: 10 });

    expect(calls.map((call) => call.read)).toEqual([3, 1]);
    expect(calls.reduce((sum, call) => sum + call.written, 0)).toBe(3);
    expect(ids(await own.articles.listArticles(since, { first: 10 }))).toEqual(
      [older, b, c, a].map((d) => d.article.id),
    );
    expect(again).toEqual({ read: 4, written: 0, undated: 0, complete: true });
    await expect(backfillUpdateEntries(storage, { cursor: 'not-a-cursor' })).rejects.toThrow('is not a cursor');
  });

  it('refuses updatedSince combined with another filter', async () => {
    await expect(
      own.articles.listArticles({ updatedSince: monthsAgo(1), language: 'en' }, { first: 1 }),
    ).rejects.toThrow('filter: updatedSince combines with no other filter');
  });
});
