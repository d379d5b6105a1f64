import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInputs } from '../../src/importers/importer.js';
import { DELETED_REASON, UNPUBLISHED_REASON } from '../../src/importers/persist-entry.js';
import { readSeedText } from '../../src/importers/parsers/seed-text.js';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { readFileSync } from 'node:fs';
import { partialDate } from '../../src/domain/event.js';
import { covering, makeArticle, makeEvent, mentioning, participants } from '../support/factories.js';
import { fixtureInput } from '../support/fixtures.js';
import { graphqlClient } from '../support/graphql-client.js';
import { kim, loadNewsroom, putin, seedDocument, vladivostok } from '../support/newsroom.js';
import { linkTo, makeTerm } from '../support/terms.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
const operator = (source: string, variables: Record<string, unknown> = {}) => query(source, variables, {}, true);

const economy = makeTerm('Subject', 'Economy');
// British English (a language entry under "en"), a Spanish translation, two people, an event, a subject.
const victim = makeArticle({
  id: 'victim',
  language: 'en-GB',
  headline: 'A story under a legal notice',
  people: mentioning(kim, putin),
  events: covering(vladivostok),
  terms: [linkTo(economy)],
  // A Spanish body over one item: its parts go down, come back and are deleted with the article.
  spanishBody: Array.from({ length: 700 }, (_, i) => `${i} ${'c'.repeat(1000)}`),
});
const victimId = encodeGlobalID('Article', 'victim');
const spanishSlug = victim.translations[0]?.slug as string;

const doomed = makeArticle({
  id: 'doomed',
  language: 'en-GB',
  people: mentioning(kim, putin),
  events: covering(vladivostok),
  terms: [linkTo(economy)],
  spanishBody: Array.from({ length: 700 }, (_, i) => `${i} ${'d'.repeat(1000)}`),
});
const doomedId = encodeGlobalID('Article', 'doomed');

// An event only one article covers, and an event no article covers (a ninjs event document alone).
const lonely = makeEvent('Border talks', {
  kind: 'MEETING',
  start: partialDate('2024-03-02', 'DAY'),
  participants: participants(kim),
});
const uncovered = makeEvent('Press conference', {
  start: partialDate('2024-05-06', 'DAY'),
  participants: participants(kim),
});
const solo = makeArticle({ id: 'solo', people: mentioning(kim), events: covering(lonely) });
const soloId = encodeGlobalID('Article', 'solo');

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

/** Every public read that could show or count an article: where it shows, and Kim's and Putin's counts. */
async function publicSightings(document = victim) {
  const targetId = encodeGlobalID('Article', document.article.id);
  const spanishSlug = document.translations[0]?.slug as string;
  const list = `edges { node { id } }`;
  const { data } = await query(`{
    feed: articles(first: 50) { edges { node { id relatedArticles { id } } } }
    en: articles(first: 50, filter: { language: "en" }) { ${list} }
    enGB: articles(first: 50, filter: { language: "en-GB" }) { ${list} }
    es: articles(first: 50, filter: { language: "es" }) { ${list} }
    byPerson: articles(first: 50, filter: { person: "${kim.id}" }) { ${list} }
    byEvent: articles(first: 50, filter: { event: "${vladivostok.id}" }) { ${list} }
    bySubject: articles(first: 50, filter: { subject: "${economy.id}" }) { ${list} }
    kim: person(slug: "${kim.id}") { mentionCount articles(first: 50) { ${list} } }
    putin: person(slug: "${putin.id}") { mentionCount }
    summit: event(slug: "${vladivostok.id}") { articles(first: 50) { ${list} } }
    subject(slug: "${economy.id}") { articles(first: 50) { ${list} } }
    node(id: "${targetId}") { id }
    nodes(ids: ["${targetId}"]) { id }
  }`);
  const lists = { ...data, kim: data.kim.articles, summit: data.summit.articles, subject: data.subject.articles };
  const where = ['feed', 'en', 'enGB', 'es', 'byPerson', 'byEvent', 'bySubject', 'kim', 'summit', 'subject'].filter(
    (name) => ids(lists[name]).includes(targetId),
  );
  const related = data.feed.edges.filter((e: { node: { relatedArticles: { id: string }[] } }) =>
    e.node.relatedArticles.some((r) => r.id === targetId),
  );
  if (related.length) where.push('related');
  if (data.node) where.push('node');
  if (data.nodes[0]) where.push('nodes');
  for (const lookup of [`id: "${targetId}"`, `slug: "${document.article.slug}"`, `slug: "${spanishSlug}"`]) {
    const answer = await query(`{ article(${lookup}) { id } }`);
    if (answer.data?.article) where.push(lookup.split(':')[0] as string);
  }
  return { where, counts: { kim: data.kim.mentionCount, putin: data.putin.mentionCount } };
}

const EVERYWHERE = [
  ...['feed', 'en', 'enGB', 'es', 'byPerson', 'byEvent', 'bySubject', 'kim', 'summit', 'subject'],
  ...['related', 'node', 'nodes', 'id', 'slug', 'slug'],
];
const unpublish = `mutation($id: ID!, $reason: String!) { unpublishArticle(id: $id, reason: $reason) { id status } }`;
const republish = `mutation($id: ID!) { republishArticle(id: $id, note: "cleared by legal") { id status } }`;

beforeAll(async () => {
  table = await createTestTable('takedown');
  await loadNewsroom(table, 4);
  await table.terms.saveTerm(economy);
  await table.articles.saveArticle(victim);
  await table.articles.saveArticle(doomed);
  for (const event of [lonely, uncovered]) await table.events.saveEvent(event);
  await table.articles.saveArticle(solo);
  query = graphqlClient(table);
}, 120_000);
afterAll(() => table.drop());

describe('unpublishArticle', () => {
  let published: Awaited<ReturnType<typeof publicSightings>>;

  it('takes the article out of every public read and count, and republishArticle puts it back', async () => {
    published = await publicSightings();

    const down = await operator(unpublish, { id: victimId, reason: 'legal notice 2026-114' });
    const hidden = await publicSightings();
    const up = await operator(republish, { id: victimId });
    const back = await publicSightings();

    expect(published.where).toEqual(EVERYWHERE);
    expect(down.data.unpublishArticle).toEqual({ id: victimId, status: 'UNPUBLISHED' });
    expect(hidden.where).toEqual([]);
    expect(hidden.counts).toEqual({ kim: published.counts.kim - 1, putin: published.counts.putin - 1 });
    expect(up.data.republishArticle).toEqual({ id: victimId, status: 'PUBLISHED' });
    expect(back).toEqual(published);
    const spanish = await query(`{ article(slug: "${spanishSlug}") { body } }`);
    expect(spanish.data.article.body).toEqual(victim.translations[0]?.body);
  });

  it('answers NOT_FOUND by id and slug on the public API, while operators still see it', async () => {
    await operator(unpublish, { id: victimId, reason: 'second notice' });

    const byId = await query(`{ article(id: "${victimId}") { id } }`);
    const bySlug = await query(`{ article(slug: "${spanishSlug}") { id } }`);
    const asOperator = await operator(`{ article(id: "${victimId}") { status headline } }`);
    await operator(republish, { id: victimId });

    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(bySlug.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(asOperator.data.article).toEqual({ status: 'UNPUBLISHED', headline: 'A story under a legal notice' });
  });

  it('records each switch in the audit log with the operator, reason and statuses', async () => {
    const { data } = await operator(`{ auditLog(entityId: "${victimId}", first: 4) {
      edges { node { operation actor reason before after } } } }`);

    expect(data.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        operation: 'republishArticle',
        actor: 'local operator',
        reason: 'cleared by legal',
        before: '{"status":"UNPUBLISHED"}',
        after: '{"status":"PUBLISHED"}',
      },
      expect.objectContaining({ operation: 'unpublishArticle', reason: 'second notice' }),
      expect.objectContaining({ operation: 'republishArticle' }),
      expect.objectContaining({ operation: 'unpublishArticle', reason: 'legal notice 2026-114' }),
    ]);
  });

  it('refuses a blank reason, an unknown article and the public endpoint', async () => {
    const blank = await operator(unpublish, { id: victimId, reason: ' ' });
    const unknown = await operator(unpublish, { id: encodeGlobalID('Article', 'nope'), reason: 'x' });
    const notAnArticle = await operator(unpublish, { id: encodeGlobalID('Person', kim.id), reason: 'x' });
    const onPublic = await query(unpublish, { id: victimId, reason: 'x' });

    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(notAnArticle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(onPublic.errors?.[0]?.message).toMatch(/mutation/i);
    expect((await publicSightings()).where).toEqual(EVERYWHERE);
  });

  it('keeps an unpublished article down when its source is imported again', async () => {
    const seedId = encodeGlobalID('Article', seedDocument().article.id);
    await operator(unpublish, { id: seedId, reason: 'takedown' });

    const run = await importInputs(table, [fixtureInput('seed/north-korea-russia-ties.txt')], { source: 'test' });
    const byId = await query(`{ article(id: "${seedId}") { id } }`);

    expect(run?.documents[0]).toMatchObject({ outcome: 'UNCHANGED', reason: UNPUBLISHED_REASON });
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('an event without a published article (issue 12)', () => {
  /** Where the public API shows an event: by slug and id, in the events lists (and their count), on Kim's page. */
  async function eventSightings(event: { id: string }) {
    const nodeId = encodeGlobalID('Event', event.id);
    const { data } = await query(`{
      events(first: 50) { totalCount edges { node { id } } }
      talks: events(first: 50, filter: { kind: MEETING }) { edges { node { id } } }
      kim: person(slug: "${kim.id}") { events(first: 50) { edges { node { id } } } }
      node(id: "${nodeId}") { id }
    }`);
    const where = (['events', 'talks'] as const).filter((name) => ids(data[name]).includes(nodeId)) as string[];
    if (ids(data.kim.events).includes(nodeId)) where.push('person');
    if (data.node) where.push('node');
    const bySlug = await query(`{ event(slug: "${event.id}") { id } }`);
    if (bySlug.data?.event) where.push('slug');
    return { where, total: data.events.totalCount as number, code: bySlug.errors?.[0]?.extensions?.code };
  }

  it('is NOT_FOUND and in no list or person page while its only article is unpublished, and back with it', async () => {
    const shown = await eventSightings(lonely);

    await operator(unpublish, { id: soloId, reason: 'legal notice' });
    const hidden = await eventSightings(lonely);
    const asOperator = await operator(`{ event(slug: "${lonely.id}") { name } }`);
    await operator(republish, { id: soloId });
    const back = await eventSightings(lonely);

    expect(shown.where).toEqual(['events', 'talks', 'person', 'node', 'slug']);
    expect(hidden).toEqual({ where: [], total: shown.total - 1, code: 'NOT_FOUND' });
    expect(asOperator.data.event).toEqual({ name: 'Border talks' });
    expect(back).toEqual(shown);
  });

  it('never shows an event no article has covered, and counts the events that show', async () => {
    const { data } = await query('{ events(first: 50) { totalCount edges { node { name } } } }');

    expect((await eventSightings(uncovered)).where).toEqual([]);
    const names = data.events.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain('Border talks');
    expect(names).not.toContain('Press conference');
    expect(data.events.totalCount).toBe(names.length);
  });
});

describe('deleteArticle and restoreArticle', () => {
  const remove = `mutation($id: ID!, $reason: String!) {
    deleteArticle(id: $id, reason: $reason) { id headline reason actor }
  }`;
  const partition = async (pk: string) =>
    (
      await table.client.send(
        new QueryCommand({
          TableName: table.tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
        }),
      )
    ).Items ?? [];

  it('removes the article, its translations, slugs and links from the table and every public read', async () => {
    const before = await publicSightings(doomed);
    const parts = (await partition('ARTICLE#doomed')).filter((item) => item.type === 'TranslationBodyPart');

    const { data } = await operator(remove, { id: doomedId, reason: 'defamatory, court order' });
    const after = await publicSightings(doomed);
    const operatorRead = await operator(`{ article(id: "${doomedId}") { id } }`);

    expect(before.where).toEqual(EVERYWHERE);
    expect(data.deleteArticle).toEqual({
      id: doomedId,
      headline: doomed.article.headline,
      reason: 'defamatory, court order',
      actor: 'local operator',
    });
    expect(after.where).toEqual([]);
    expect(after.counts).toEqual({ kim: before.counts.kim - 1, putin: before.counts.putin - 1 });
    expect(operatorRead.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(parts.map((item) => item.SK)).toEqual(['TBODY#es#000', 'TBODY#es#001']);
    expect(await partition('ARTICLE#doomed')).toEqual([]);
    expect(await partition(`SLUG#${doomed.article.slug}`)).toEqual([]);
    expect(await partition(`SLUG#${doomed.translations[0]?.slug}`)).toEqual([]);
  });

  it('keeps the audit log of a deleted article, and refuses a blank reason or an unknown id', async () => {
    const log = await operator(`{ auditLog(entityId: "${doomedId}") { edges { node { operation before } } } }`);
    const blank = await operator(remove, { id: victimId, reason: '' });
    const unknown = await operator(remove, { id: encodeGlobalID('Article', 'never-was'), reason: 'x' });

    expect(log.data.auditLog.edges[0].node.operation).toBe('deleteArticle');
    expect(JSON.parse(log.data.auditLog.edges[0].node.before)).toMatchObject({
      headline: doomed.article.headline,
      status: 'PUBLISHED',
      translations: ['es'],
    });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('skips a deleted source on import until restoreArticle lifts the tombstone (by source identity)', async () => {
    const text = readFileSync(new URL('../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8');
    const sourceIdentity = readSeedText(text, new Date()).sourceId as string;
    const seedId = encodeGlobalID('Article', seedDocument().article.id);
    const seedFile = () => [fixtureInput('seed/north-korea-russia-ties.txt')];
    await operator(remove, { id: seedId, reason: 'duplicate of a wire story' });

    const skipped = await importInputs(table, seedFile(), { source: 'test' });
    const restored = await operator(
      `mutation($source: String!) { restoreArticle(sourceIdentity: $source, note: "wrongly deleted") { id } }`,
      { source: sourceIdentity },
    );
    const again = await importInputs(table, seedFile(), { source: 'test' });
    const article = await query(`{ article(id: "${seedId}") { headline } }`);
    const restoreTwice = await operator(`mutation { restoreArticle(id: "${seedId}") { id } }`);

    expect(skipped?.documents[0]).toMatchObject({ outcome: 'UNCHANGED', reason: DELETED_REASON });
    expect(restored.data.restoreArticle.id).toBe(seedId);
    expect(again?.documents[0]).toMatchObject({ outcome: 'WRITTEN' });
    expect(article.data.article.headline).toBe('North Korea wants to crash bilateral ties with Russia');
    expect(restoreTwice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
