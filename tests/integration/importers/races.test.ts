import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../src/domain/person.js';
import { importInputs } from '../../../src/importers/importer.js';
import { persistEntry } from '../../../src/importers/persist-entry.js';
import { makeEvent, makePerson, participants } from '../../support/factories.js';
import { textInput } from '../../support/fixtures.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('races');
});
afterAll(() => table.drop());

const document = (headline: string, spanish: string) =>
  textInput(
    'doc.json',
    JSON.stringify({
      format: 'news-document/v1',
      id: 'cms-7',
      language: 'en',
      headline,
      body: ['Ada Lovelace met Charles Babbage in London.'],
      publishedAt: '2026-11-01T10:00:00Z',
      translations: [{ language: 'es', headline: spanish }],
      people: [{ name: 'Ada Lovelace' }, { name: 'Charles Babbage' }],
    }),
  );

describe('concurrent and repeated imports of one document', () => {
  it('two racing imports end as one article, one person each, nothing lost', async () => {
    const [a, b] = await Promise.all([
      importInputs(table, [document('Engines of thought', 'Motores del pensamiento')], { source: 'a' }),
      importInputs(table, [document('Engines of thought', 'Motores del pensamiento')], { source: 'b' }),
    ]);

    const outcomes = [a?.documents[0]?.outcome, b?.documents[0]?.outcome].sort();
    expect(outcomes).toEqual(['UNCHANGED', 'WRITTEN']);
    const articles = await table.articles.listArticles({}, { first: 10 });
    expect(articles.edges).toHaveLength(1);
    expect(articles.edges[0]?.node.article).toMatchObject({
      version: 1,
      translations: [expect.objectContaining({ language: 'es', headline: 'Motores del pensamiento' })],
    });
    const people = await table.people.listPeople({}, { first: 10 });
    expect(people.edges.map((e) => [e.node.name, e.node.mentionCount])).toEqual([
      ['Ada Lovelace', 1],
      ['Charles Babbage', 1],
    ]);
  });

  it('a changed document becomes version 2 of the same article', async () => {
    const run = await importInputs(
      table,
      [document('Engines of thought, revised', 'Motores del pensamiento, revisado')],
      { source: 'c' },
    );

    expect(run?.documents[0]?.outcome).toBe('WRITTEN');
    const articles = await table.articles.listArticles({}, { first: 10 });
    expect(articles.edges).toHaveLength(1);
    expect(articles.edges[0]?.node.article).toMatchObject({ version: 2, headline: 'Engines of thought, revised' });
    // The old slug keeps resolving to the article, beside the new one.
    const id = articles.edges[0]!.node.id;
    expect(await table.articles.findBySlug('engines-of-thought')).toEqual([{ articleId: id, language: 'en' }]);
    expect(await table.articles.findBySlug('engines-of-thought-revised')).toEqual([{ articleId: id, language: 'en' }]);
    expect((await table.people.getWithEvents('ada-lovelace'))?.person.mentionCount).toBe(1);
  });

  it('a run id that was used before is not run again', async () => {
    const first = await importInputs(table, [document('x', 'y')], { source: 'd', runId: 'event-123' });
    const second = await importInputs(table, [document('x', 'y')], { source: 'd', runId: 'event-123' });

    expect(first?.id).toBe('event-123');
    expect(second).toBeUndefined();
  });
});

describe('concurrent imports naming one person or event', () => {
  const entry = (people: Person[], events = [] as ReturnType<typeof makeEvent>[]) => ({
    people,
    events,
    terms: [],
    contentHash: 'no article',
  });

  it('keeps every alias when six imports add one each at the same time', async () => {
    const aliases = ['Rosy', 'R. Franklin', 'Dr Franklin', 'Rosalind E. Franklin', 'Miss Franklin', 'Franklin'];

    await Promise.all(
      aliases.map((alias) => persistEntry(table, entry([makePerson('Rosalind Franklin', { aliases: [alias] })]))),
    );

    const stored = (await table.entities.getMany([{ type: 'Person', id: 'rosalind-franklin' }])).get(
      'Person:rosalind-franklin',
    ) as Person;
    expect([...stored.aliases].sort()).toEqual([...aliases].sort());
    for (const alias of aliases) expect(await table.people.findIdsByName(alias)).toEqual(['rosalind-franklin']);
  });

  it('keeps every participant when four imports add theirs to one event at the same time', async () => {
    const delegates = Array.from({ length: 8 }, (_, i) => makePerson(`Delegate Number ${i}`));
    for (const delegate of delegates) await table.people.savePerson(delegate);
    const summit = (i: number) =>
      makeEvent('Harbour Summit', { participants: participants(...delegates.slice(i * 2, i * 2 + 2)) });

    await Promise.all([0, 1, 2, 3].map((i) => persistEntry(table, entry([], [summit(i)]))));

    const event = (await table.entities.getMany([{ type: 'Event', id: summit(0).id }])).get(`Event:${summit(0).id}`);
    const listed = await table.events.listParticipants(summit(0).id, { first: 20 });
    expect(event).toMatchObject({ participantCount: 8 });
    expect(listed.edges.map((e) => e.node.personId).sort()).toEqual(delegates.map((d) => d.id).sort());
  });
});
