import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WriteRejectedError } from '../../../src/domain/errors.js';
import type { Article } from '../../../src/domain/article.js';
import { putEdges } from '../../../src/storage/article-edges.js';
import { createDocumentClient } from '../../../src/storage/client.js';
import { rankRelatedArticles, REFRESH_LIMIT } from '../../../src/storage/related-articles.js';
import { Table } from '../../../src/storage/table.js';
import { covering, makeArticle, makeEvent, makePerson, mentioning } from '../../support/factories.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
const ada = makePerson('Ada Lovelace');
beforeAll(async () => {
  table = await createTestTable('writer');
  await table.people.savePerson(ada);
});
afterAll(() => table.drop());

const parts = async (id: string, prefix = 'BODY#') =>
  (
    await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :body)',
        ExpressionAttributeValues: { ':pk': `ARTICLE#${id}`, ':body': prefix },
      }),
    )
  ).Items?.map((item) => item.SK);
const item = async (id: string, sk: string) =>
  (await table.client.send(new GetCommand({ TableName: table.tableName, Key: { PK: `ARTICLE#${id}`, SK: sk } }))).Item;
const read = async (id: string) => (await table.entities.getMany([{ type: 'Article', id }])).get(`Article:${id}`);

describe('writeArticle', () => {
  it('reports created, then updated', async () => {
    const document = makeArticle();
    expect(await table.articles.saveArticle(document)).toBe('created');
    expect(await table.articles.saveArticle({ ...document, article: { ...document.article, version: 2 } })).toBe(
      'updated',
    );
  });

  it('refuses a write based on a stale version, naming the article', async () => {
    const document = makeArticle();
    await table.articles.saveArticle(document);
    await table.articles.saveArticle({ ...document, article: { ...document.article, version: 2, headline: 'Second' } });
    // A second writer started from version 1 too: it must not overwrite version 2.
    const stale = table.articles.saveArticle({
      ...document,
      article: { ...document.article, version: 2, headline: 'Stale' },
    });

    await expect(stale).rejects.toThrow(WriteRejectedError);
    await expect(stale).rejects.toThrow(
      `article ${document.article.id} is no longer at version 1 (changed by another writer)`,
    );
    expect(((await read(document.article.id)) as { headline: string }).headline).toBe('Second');
  });

  it('keeps the old slug resolving to the article when its slug changes', async () => {
    const document = makeArticle({ slug: 'old-slug' });
    await table.articles.saveArticle(document);
    await table.articles.saveArticle({ ...document, article: { ...document.article, version: 2, slug: 'new-slug' } });

    expect(await table.articles.findBySlug('old-slug')).toEqual([{ articleId: document.article.id, language: 'en' }]);
    expect(await table.articles.findBySlug('new-slug')).toEqual([{ articleId: document.article.id, language: 'en' }]);
    expect(((await read(document.article.id)) as { slug: string }).slug).toBe('new-slug');
  });

  it('keeps a changed translation slug resolving too', async () => {
    const document = makeArticle({ spanishBody: ['Hola.'] });
    const oldSlug = document.translations[0]!.slug;
    await table.articles.saveArticle(document);
    const renamed = document.translations.map((t) => ({ ...t, slug: `${t.slug}-nuevo` }));
    await table.articles.saveArticle({
      translations: renamed,
      article: {
        ...document.article,
        version: 2,
        translations: document.article.translations.map((t) => ({ ...t, slug: `${t.slug}-nuevo` })),
      },
    });

    expect(await table.articles.findBySlug(oldSlug)).toEqual([{ articleId: document.article.id, language: 'es' }]);
    expect(await table.articles.findBySlug(`${oldSlug}-nuevo`)).toEqual([
      { articleId: document.article.id, language: 'es' },
    ]);
  });

  it('drops a translation that the new version no longer has', async () => {
    const document = makeArticle({ spanishBody: ['Hola.'] });
    await table.articles.saveArticle(document);
    await table.articles.saveArticle({
      translations: [],
      article: { ...document.article, version: 2, translations: [] },
    });

    const found = await table.entities.getMany([{ type: 'Translation', id: `${document.article.id}/es` }]);
    expect(found.size).toBe(0);
    // Its slug still leads to the article, served in the original language.
    expect(await table.articles.findBySlug(document.translations[0]!.slug)).toEqual([
      { articleId: document.article.id, language: 'es' },
    ]);
  });

  it('refuses to link a person or an event that does not exist, writing nothing', async () => {
    const ghost = makePerson('Nobody Known');
    const document = makeArticle({ people: mentioning(ada, ghost) });

    await expect(table.articles.saveArticle(document)).rejects.toThrow(
      'nothing written: person nobody-known does not exist',
    );
    expect(await read(document.article.id)).toBeUndefined();

    const withEvent = makeArticle({ events: covering(makeEvent('Unheard-of summit')) });
    await expect(table.articles.saveArticle(withEvent)).rejects.toThrow(
      'nothing written: event unheard-of-summit does not exist',
    );
  });

  it("refreshes at most REFRESH_LIMIT other articles' related lists per write, the newest first", async () => {
    const grace = makePerson('Grace Hopper');
    await table.people.savePerson(grace);
    const earlier = Array.from({ length: REFRESH_LIMIT + 3 }, (_, i) =>
      makeArticle({
        id: `hopper-${i}`,
        people: mentioning(grace),
        publishedAt: `2025-03-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
      }),
    );
    for (const document of earlier) await table.articles.saveArticle(document);

    await table.articles.saveArticle(
      makeArticle({ id: 'hopper-new', people: mentioning(grace), publishedAt: '2025-04-01T00:00:00Z' }),
    );

    const found = await table.entities.getMany(earlier.map((d) => ({ type: 'Article' as const, id: d.article.id })));
    const listing = earlier
      .map((d) => found.get(`Article:${d.article.id}`) as Article)
      .filter((article) => article.related?.some((r) => r.articleId === 'hopper-new'))
      .map((article) => article.id);
    expect(listing).toEqual(earlier.slice(3).map((d) => d.article.id));
  });

  it('splits a 1 MB body into parts and reads it back whole', async () => {
    // Two-byte characters, so the parts' byte boundaries fall inside characters.
    const body = Array.from({ length: 1024 }, (_, i) => `${i} ${'é'.repeat(510)}`);
    const document = makeArticle({ body });

    await table.articles.saveArticle(document);

    const found = await table.entities.getMany([{ type: 'ArticleBody', id: document.article.id }]);
    expect(found.get(`ArticleBody:${document.article.id}`)).toEqual({ articleId: document.article.id, body });
    expect(await parts(document.article.id)).toEqual(['BODY#000', 'BODY#001', 'BODY#002']);
  });

  it('drops the parts a shorter body no longer needs', async () => {
    const document = makeArticle({ body: Array.from({ length: 800 }, () => 'z'.repeat(1000)) });
    await table.articles.saveArticle(document);

    await table.articles.saveArticle({ ...document, article: { ...document.article, version: 2, body: ['Short.'] } });

    const found = await table.entities.getMany([{ type: 'ArticleBody', id: document.article.id }]);
    expect(found.get(`ArticleBody:${document.article.id}`)).toEqual({
      articleId: document.article.id,
      body: ['Short.'],
    });
    expect(await parts(document.article.id)).toEqual(['BODY#000']);
  });

  it('refuses a body over the 2 MB limit with its size in bytes, writing nothing', async () => {
    const document = makeArticle({ body: ['x'.repeat(1024 * 1024), 'y'.repeat(1024 * 1024)] });

    await expect(table.articles.saveArticle(document)).rejects.toThrow(
      /body of \d+ bytes, over the 2097152 bytes a body may have/,
    );
    expect((await table.entities.getMany([{ type: 'Article', id: document.article.id }])).size).toBe(0);
  });

  it("refuses an article item over DynamoDB's 400 KB item limit with the size in bytes", async () => {
    const document = makeArticle({ summary: 'x'.repeat(420 * 1024) });

    await expect(table.articles.saveArticle(document)).rejects.toThrow(/\d+ bytes, over DynamoDB's 400 KB item limit/);
  });

  it('checks translation items against the limit too', async () => {
    const document = makeArticle({ spanishBody: ['Hola.'] });
    const [spanish] = document.translations;
    const long = { ...document, translations: [{ ...spanish!, headline: 'y'.repeat(420 * 1024) }] };

    await expect(table.articles.saveArticle(long)).rejects.toThrow(
      /translation es: \d+ bytes, over DynamoDB's 400 KB item limit/,
    );
  });

  it('splits a 1 MB translation body into parts the translation item counts, and reads it back whole', async () => {
    const body = Array.from({ length: 1024 }, (_, i) => `${i} ${'ñ'.repeat(510)}`);
    const document = makeArticle({ spanishBody: body });

    await table.articles.saveArticle(document);

    const id = `${document.article.id}/es`;
    const found = await table.entities.getMany([{ type: 'Translation', id }]);
    expect(found.get(`Translation:${id}`)).toEqual(document.translations[0]);
    expect(await parts(document.article.id, 'TBODY#')).toEqual(['TBODY#es#000', 'TBODY#es#001', 'TBODY#es#002']);
    expect((await item(document.article.id, 'LANG#es'))?.bodyParts).toBe(3);
  });

  it('keeps a translation body of up to 350 KB in the translation item, with no part', async () => {
    const document = makeArticle({ spanishBody: ['a'.repeat(300 * 1024)] });

    await table.articles.saveArticle(document);

    expect(await parts(document.article.id, 'TBODY#')).toEqual([]);
    expect((await item(document.article.id, 'LANG#es'))?.bodyParts).toBe(0);
  });

  it('drops the translation parts a shorter body no longer needs, and all of them with the translation', async () => {
    const document = makeArticle({ spanishBody: Array.from({ length: 1000 }, () => 'z'.repeat(1000)) });
    await table.articles.saveArticle(document);
    const shorter = document.translations.map((t) => ({
      ...t,
      body: Array.from({ length: 500 }, () => 'w'.repeat(1000)),
    }));
    await table.articles.saveArticle({ translations: shorter, article: { ...document.article, version: 2 } });

    expect(await parts(document.article.id, 'TBODY#')).toEqual(['TBODY#es#000', 'TBODY#es#001']);
    const id = `${document.article.id}/es`;
    expect((await table.entities.getMany([{ type: 'Translation', id }])).get(`Translation:${id}`)).toEqual(shorter[0]);

    await table.articles.saveArticle({
      translations: [],
      article: { ...document.article, version: 3, translations: [] },
    });
    expect(await parts(document.article.id, 'TBODY#')).toEqual([]);
  });

  it('refuses a translation body over the 2 MB limit with its size, writing nothing', async () => {
    const document = makeArticle({ spanishBody: ['x'.repeat(1024 * 1024), 'y'.repeat(1024 * 1024)] });

    await expect(table.articles.saveArticle(document)).rejects.toThrow(
      /translation es: body of \d+ bytes, over the 2097152 bytes a body may have/,
    );
    expect(await read(document.article.id)).toBeUndefined();
  });

  it("refuses bodies that together exceed a transaction's 4 MB, writing nothing", async () => {
    const long = Array.from({ length: 1900 }, () => 'q'.repeat(1000));
    const document = makeArticle({ body: long, spanishBody: long });
    const french = { ...document.translations[0]!, language: 'fr', slug: `fr-${document.article.id}` };

    const three = { ...document, translations: [...document.translations, french] };

    // The importer's check before it creates people and events says so already.
    expect(() => table.articles.checkArticle(three)).toThrow(/\d+ bytes in one write, over the 4194304/);
    await expect(table.articles.saveArticle(three)).rejects.toThrow(
      /\d+ bytes in one write, over the 4194304 a transaction allows/,
    );
    expect(await read(document.article.id)).toBeUndefined();
  });

  it('refuses more writes than one transaction allows, counting body parts, writing nothing', async () => {
    const document = makeArticle({ spanishBody: ['Hola.'] });
    const [spanish] = document.translations;
    // 5 writes for the article, 3 per translation (item, slug, language entry): 98, and one 1 MB body's 3 parts.
    const many = Array.from({ length: 31 }, (_, i) => ({
      ...spanish!,
      language: `x${i}`,
      slug: `x${i}-${spanish!.slug}`,
      ...(i === 0 ? { body: Array.from({ length: 1000 }, () => 'm'.repeat(1000)) } : {}),
    }));

    const summaries = many.map(({ language, headline, slug, kind }) => ({
      language,
      headline,
      slug,
      kind,
      hasBody: true,
    }));
    const article = { ...document.article, translations: summaries };

    await expect(table.articles.saveArticle({ article, translations: many })).rejects.toThrow(
      /article [\w-]+: 101 writes, over the 100 a transaction allows \(too many translations or body parts\)/,
    );
    expect(await read(document.article.id)).toBeUndefined();
  });

  it('reads at most 200 candidate edges for related articles however many people an article names', async () => {
    const delegates = Array.from({ length: 40 }, (_, i) => makePerson(`Summit Delegate ${i}`));
    await Promise.all(delegates.map((person) => table.people.savePerson(person)));
    const earlier = Array.from({ length: 6 }, (_, i) =>
      makeArticle({ people: mentioning(...delegates), publishedAt: `2025-05-0${i + 1}T00:00:00Z` }),
    );
    for (const document of earlier) await table.articles.saveArticle(document);
    // A client of its own, so the middleware counting the candidate Queries' items is there from its first call.
    const client = createDocumentClient({ region: 'us-east-1', endpoint: table.endpoint });
    const candidateItems: number[] = [];
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const input = args.input as { IndexName?: string };
        const output = result.output as { Items?: unknown[] };
        if (input.IndexName === 'GSI1' && output.Items) candidateItems.push(output.Items.length);
        return result;
      },
      { step: 'initialize' },
    );
    const summit = makeArticle({ people: mentioning(...delegates), publishedAt: '2025-06-01T00:00:00Z' });

    const { related } = await rankRelatedArticles(new Table(client, table.tableName), summit.article);

    // 40 people share 200 reads: 5 each (the six earlier articles each name all of them).
    expect(candidateItems).toEqual(Array(40).fill(5));
    expect(related.map((r) => r.articleId)).toEqual(
      earlier
        .slice(1)
        .reverse()
        .map((d) => d.article.id),
    );
  });

  it('writes an article that names 120 people, counting each mention once', async () => {
    const people = Array.from({ length: 120 }, (_, i) => makePerson(`Crowd Member ${i}`));
    for (const person of people) await table.people.savePerson(person);
    const document = makeArticle({ people: mentioning(...people) });

    await table.articles.saveArticle(document);
    await table.articles.saveArticle({ ...document, article: { ...document.article, version: 2, headline: 'Again' } });

    const mentions = await table.articles.listArticles({ personId: 'crowd-member-119' }, { first: 10 });
    const counts = await table.entities.getMany(people.slice(0, 3).map((p) => ({ type: 'Person' as const, id: p.id })));
    expect(mentions.edges.map((edge) => edge.node.id)).toEqual([document.article.id]);
    expect([...counts.values()].map((person) => (person as { mentionCount: number }).mentionCount)).toEqual([1, 1, 1]);
  });

  it('counts a mention once when an earlier write stopped between its edges and its switch', async () => {
    const person = makePerson('Halfway Writer');
    await table.people.savePerson(person);
    const document = makeArticle({ people: mentioning(person) });
    await putEdges(new Table(table.client, table.tableName), document.article); // a write that crashed before its switch

    await table.articles.saveArticle(document);
    await table.articles.saveArticle({
      ...document,
      article: { ...document.article, version: 2, headline: 'Once more' },
    });

    expect(
      (await table.entities.getMany([{ type: 'Person', id: person.id }])).get(`Person:${person.id}`),
    ).toMatchObject({ mentionCount: 1 });
    expect(
      (await table.articles.listArticles({ personId: person.id }, { first: 10 })).edges.map((edge) => edge.node.id),
    ).toEqual([document.article.id]);
  });

  it("serves a person's and an event's articles from the summaries on their edges, of the switched version", async () => {
    const person = makePerson('Edge Summary');
    const event = makeEvent('Summary Summit');
    await table.people.savePerson(person);
    await table.events.saveEvent(event);
    const document = makeArticle({ people: mentioning(person), events: covering(event), headline: 'First take' });
    await table.articles.saveArticle(document);
    await table.articles.saveArticle({
      ...document,
      article: { ...document.article, version: 2, headline: 'Second take' },
    });

    const listed = async (filter: { personId: string } | { eventId: string }) =>
      (await table.articles.listArticles(filter, { first: 10 })).edges.map((edge) => edge.node.article?.headline);
    expect(await listed({ personId: person.id })).toEqual(['Second take']);
    expect(await listed({ eventId: event.id })).toEqual(['Second take']);
  });

  it('gives an edge no summary before its switch: the reader falls back to the article item', async () => {
    const person = makePerson('Before Switch');
    await table.people.savePerson(person);
    const document = makeArticle({ people: mentioning(person) });
    await putEdges(new Table(table.client, table.tableName), document.article); // a write still going

    const page = await table.articles.listArticles({ personId: person.id }, { first: 10 });
    expect(page.edges.map((edge) => edge.node)).toEqual([{ id: document.article.id }]);
  });

  it('leaves no edge and no count behind when the write is rejected', async () => {
    const grace = makePerson('Grace Brewster');
    await table.people.savePerson(grace);
    const document = makeArticle({ people: mentioning(ada) });
    await table.articles.saveArticle(document);
    await table.articles.saveArticle({ ...document, article: { ...document.article, version: 2 } });

    const stale = table.articles.saveArticle({
      ...document,
      article: { ...document.article, version: 2, people: mentioning(ada, grace) },
    });

    await expect(stale).rejects.toThrow(WriteRejectedError);
    expect((await table.articles.listArticles({ personId: grace.id }, { first: 10 })).edges).toEqual([]);
    expect((await table.entities.getMany([{ type: 'Person', id: grace.id }])).get(`Person:${grace.id}`)).toMatchObject({
      mentionCount: 0,
    });
  });
});
