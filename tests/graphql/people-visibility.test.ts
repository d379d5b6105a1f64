import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { covering, makeArticle, makeEvent, makePerson, mentioning, participants } from '../support/factories.js';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
const operator = (source: string) => query(source, {}, {}, true);

const [covered, unseen, takenDown] = [
  makePerson('Covered Person'),
  makePerson('Cameo Person'),
  makePerson('Cleared Person'),
];

beforeAll(async () => {
  table = await createTestTable('visibility');
  for (const person of [covered, unseen, takenDown]) await table.people.savePerson(person);
  const cabinet = makeEvent('Cabinet meeting', { participants: participants(covered, unseen) });
  await table.events.saveEvent(cabinet);
  // The article covers the meeting: an event no published article covers is not public either.
  await table.articles.saveArticle(makeArticle({ id: 'kept', people: mentioning(covered), events: covering(cabinet) }));
  await table.articles.saveArticle(makeArticle({ id: 'pulled', people: mentioning(takenDown) }));
  query = graphqlClient(table);
  await operator('mutation { unpublishArticle(id: "QXJ0aWNsZTpwdWxsZWQ=", reason: "legal") { status } }');
});
afterAll(() => table.drop());

describe('people with no published article', () => {
  it('are NOT_FOUND by slug and name on the public API, and left out of lists and participants', async () => {
    const { data } = await query(`{
      people(first: 10, filter: { nameStartsWith: "c" }) { edges { node { id } } }
      event(slug: "cabinet-meeting") { participants { edges { node { id slug } } } }
    }`);
    const bySlug = await query('{ person(slug: "cameo-person") { id } }');
    const byName = await query('{ person(name: "Cleared Person") { id } }');

    expect(data.people.edges.map((e: { node: { id: string } }) => e.node.id)).toHaveLength(1);
    expect(data.event.participants.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([
      'covered-person',
    ]);
    expect(bySlug.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(byName.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('stay visible to operators, who edit them', async () => {
    const { data } = await operator(`{
      people(first: 10, filter: { nameStartsWith: "c" }) { edges { node { slug mentionCount } } }
    }`);

    expect(data.people.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { slug: 'cameo-person', mentionCount: 0 },
      { slug: 'cleared-person', mentionCount: 0 },
      { slug: 'covered-person', mentionCount: 1 },
    ]);
  });
});
