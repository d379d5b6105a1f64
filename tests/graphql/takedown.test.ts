import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInputs } from '../../src/importers/importer.js';
import { UNPUBLISHED_REASON } from '../../src/importers/persist-entry.js';
import { covering, makeArticle, mentioning } from '../support/factories.js';
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
});
const victimId = encodeGlobalID('Article', 'victim');
const spanishSlug = victim.translations[0]?.slug as string;

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

/** Every public read that could show or count the article: where it shows, and Kim's and Putin's counts. */
async function publicSightings() {
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
    node(id: "${victimId}") { id }
    nodes(ids: ["${victimId}"]) { id }
  }`);
  const lists = { ...data, kim: data.kim.articles, summit: data.summit.articles, subject: data.subject.articles };
  const where = ['feed', 'en', 'enGB', 'es', 'byPerson', 'byEvent', 'bySubject', 'kim', 'summit', 'subject'].filter(
    (name) => ids(lists[name]).includes(victimId),
  );
  const related = data.feed.edges.filter((e: { node: { relatedArticles: { id: string }[] } }) =>
    e.node.relatedArticles.some((r) => r.id === victimId),
  );
  if (related.length) where.push('related');
  if (data.node) where.push('node');
  if (data.nodes[0]) where.push('nodes');
  for (const lookup of [`id: "${victimId}"`, `slug: "${victim.article.slug}"`, `slug: "${spanishSlug}"`]) {
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
