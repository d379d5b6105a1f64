import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partialDate } from '../../../src/domain/event.js';
import type { Person } from '../../../src/domain/person.js';
import { makeArticle, makeEvent, makePerson, mentioning, participants } from '../../support/factories.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('people');
});
afterAll(() => table.drop());

describe('DynamoPersonRepository', () => {
  it('applies one of several saves from the same read and refuses the others as changed by another writer', async () => {
    await table.people.savePerson(makePerson('Rosalind Franklin', { revision: 0 }));
    const read = (await table.entities.getMany([{ type: 'Person', id: 'rosalind-franklin' }])).get(
      'Person:rosalind-franklin',
    ) as Person;

    const saves = await Promise.allSettled(
      ['Rosy', 'R. Franklin', 'Dr Franklin'].map((alias) => table.people.savePerson({ ...read, aliases: [alias] })),
    );

    const refused = saves.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
    expect(read.revision).toBe(1);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatch(/person rosalind-franklin was changed by another writer/);
    const stored = (await table.entities.getMany([{ type: 'Person', id: 'rosalind-franklin' }])).get(
      'Person:rosalind-franklin',
    ) as Person;
    expect(stored.revision).toBe(2);
    expect(await table.people.findIdsByName(stored.aliases[0] as string)).toEqual(['rosalind-franklin']);
  });

  it('creates a new person without reading first, and refuses a second creation without touching the first', async () => {
    await table.people.savePerson(makePerson('Lise Meitner', { aliases: ['L. Meitner'], revision: 0 }));

    const second = table.people.savePerson(makePerson('Lise Meitner', { aliases: ['Dr Meitner'], revision: 0 }));

    await expect(second).rejects.toThrow(/person lise-meitner already exists \(created by another writer\)/);
    const stored = (await table.entities.getMany([{ type: 'Person', id: 'lise-meitner' }])).get(
      'Person:lise-meitner',
    ) as Person;
    expect(stored.revision).toBe(1);
    expect(stored.aliases).toEqual(['L. Meitner']);
    expect(await table.people.findIdsByName('Dr Meitner')).toEqual([]);
    expect(await table.people.findIdsByName('L. Meitner')).toEqual(['lise-meitner']);
  });

  it('finds a person by any alias, ignoring case and diacritics, and forgets dropped aliases', async () => {
    const person = makePerson('José Martí', { aliases: ['Marti', 'El Apóstol'] });
    await table.people.savePerson(person);
    expect(await table.people.findIdsByName('JOSE MARTI')).toEqual(['jose-marti']);
    expect(await table.people.findIdsByName('el apostol')).toEqual(['jose-marti']);

    await table.people.savePerson({ ...person, aliases: ['Marti'] });

    expect(await table.people.findIdsByName('El Apóstol')).toEqual([]);
    expect(await table.people.findIdsByName('marti')).toEqual(['jose-marti']);
  });

  it('keeps the mention count when the person is saved again', async () => {
    const person = makePerson('Grace Hopper');
    await table.people.savePerson(person);
    await table.articles.saveArticle(makeArticle({ people: mentioning(person) }));

    await table.people.savePerson({ ...person, description: 'computer scientist' });

    const found = await table.people.getWithEvents(person.id);
    expect(found?.person).toMatchObject({ mentionCount: 1, description: 'computer scientist' });
  });

  it('reads a person with their events, newest first, in one Query', async () => {
    const person = makePerson('Angela Merkel');
    await table.people.savePerson(person);
    await table.events.saveEvent(
      makeEvent('G20 Hamburg', { start: partialDate('2017-07-07', 'DAY'), participants: participants(person) }),
    );
    await table.events.saveEvent(
      makeEvent('G7 Elmau', { start: partialDate('2022-06', 'MONTH'), participants: participants(person) }),
    );

    const found = await table.people.getWithEvents(person.id);

    expect(found?.events.edges.map(({ node: e }) => [e.name, e.start?.value])).toEqual([
      ['G7 Elmau', '2022-06'],
      ['G20 Hamburg', '2017-07-07'],
    ]);
    expect(await table.people.getWithEvents('nobody')).toBeUndefined();
  });

  it('keeps any number of aliases findable (no 100-write transaction)', async () => {
    const aliases = Array.from({ length: 150 }, (_, i) => `Agent ${i}`);

    await table.people.savePerson(makePerson('Many Names', { aliases }));

    expect(await table.people.findIdsByName('agent 149')).toEqual(['many-names']);
    expect(await table.people.findIdsByName('Agent 0')).toEqual(['many-names']);
  });
});
