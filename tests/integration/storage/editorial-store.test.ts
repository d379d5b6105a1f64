import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.js';
import type { Progress } from '../../../src/domain/editorial.js';
import { partialDate } from '../../../src/domain/event.js';
import { importInputs } from '../../../src/importers/importer.js';
import { DynamoEditorialRepository } from '../../../src/storage/editorial-store.js';
import { Table } from '../../../src/storage/table.js';
import { covering, makeArticle, makeEvent, makePerson, mentioning, participants } from '../../support/factories.js';
import { textInput } from '../../support/fixtures.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
/** A budget of 2 edges per call, so a merge of a few articles takes several calls. */
let editor: DynamoEditorialRepository;
beforeAll(async () => {
  table = await createTestTable('editorial');
  editor = new DynamoEditorialRepository(new Table(table.client, table.tableName), table, 2);
});
afterAll(() => table.drop());

const AT = '2026-11-29T03:00:00.000Z';

/** Calls a bounded operation until it reports complete; returns how many calls it took. */
async function untilComplete(call: () => Promise<Progress>): Promise<number> {
  for (let calls = 1; calls <= 20; calls++) if ((await call()).complete) return calls;
  throw new Error('not complete after 20 calls');
}

const articleIdsOf = async (filter: { personId?: string; eventId?: string }) =>
  (await table.articles.listArticles(filter, { first: 50 })).edges.map((e) => e.node.id).sort();
const person = async (id: string) => (await table.people.getWithEvents(id))?.person;
const article = async (id: string) =>
  (await table.entities.getMany([{ type: 'Article', id }])).get(`Article:${id}`) as Article | undefined;
const importDocument = (name: string, doc: object) =>
  importInputs(
    table,
    [
      textInput(
        `${name}.json`,
        JSON.stringify({
          format: 'news-document/v1',
          id: name,
          language: 'en',
          headline: `About ${name}`,
          body: ['A paragraph of text.'],
          publishedAt: '2026-11-01T10:00:00Z',
          ...doc,
        }),
      ),
    ],
    { source: 'test' },
  );

describe('updatePerson', () => {
  it('renames a person: lookups follow, the old name stays an alias, the new slug leads to the same id', async () => {
    const ada = makePerson('Ada Byron', { aliases: ['Lady Byron'] });
    await table.people.savePerson(ada);

    const { before, after } = await editor.updatePerson(ada.id, { name: 'Ada Lovelace' }, AT);

    expect(before.name).toBe('Ada Byron');
    expect(after).toMatchObject({ id: 'ada-byron', name: 'Ada Lovelace', aliases: ['Lady Byron', 'Ada Byron'] });
    expect(await table.people.findIdsByName('ada lovelace')).toEqual(['ada-byron']);
    expect(await table.people.findIdsByName('Ada Byron')).toEqual(['ada-byron']);
    expect(await editor.resolve('Person', ['ada-lovelace'])).toEqual(new Map([['ada-lovelace', { to: 'ada-byron' }]]));
    const listed = await table.people.listPeople({ nameStartsWith: 'ada l' }, { first: 5 });
    expect(listed.edges.map((e) => e.node.id)).toEqual(['ada-byron']);
  });

  it('keeps an edited description and alias list when a later import names the person', async () => {
    await importDocument('grace-1', { people: [{ name: 'Grace Hopper', role: 'a rear admiral' }] });
    await editor.updatePerson('grace-hopper', { description: 'computer scientist', aliases: ['Amazing Grace'] }, AT);

    await importDocument('grace-2', { people: [{ name: 'Grace Hopper', role: 'the navy officer' }] });

    expect(await person('grace-hopper')).toMatchObject({
      description: 'computer scientist',
      aliases: ['Amazing Grace'],
      overrides: ['aliases', 'description'],
      mentionCount: 2,
    });
  });

  it('links an import that uses the new name to the renamed person instead of creating another', async () => {
    await importDocument('ali-1', { people: [{ name: 'Cassius Clay' }] });
    await editor.updatePerson('cassius-clay', { name: 'Muhammad Ali' }, AT);

    await importDocument('ali-2', { people: [{ name: 'Muhammad Ali' }] });

    expect(await person('muhammad-ali')).toBeUndefined();
    expect((await person('cassius-clay'))?.mentionCount).toBe(2);
  });
});

describe('updateEvent', () => {
  it('re-dates an event: the timelines sort it by the new date and the uncertain date is cleared', async () => {
    const kim = makePerson('Kim Jong-un');
    await table.people.savePerson(kim);
    const summit = makeEvent('Hanoi summit', {
      statedDate: { text: 'February 1200', month: 2 },
      dateUncertain: true,
      participants: participants(kim),
    });
    await table.events.saveEvent(summit);

    const { after } = await editor.updateEvent(
      summit.id,
      { start: partialDate('2019-02-27', 'DAY'), end: partialDate('2019-02-28', 'DAY'), place: { name: 'Hanoi' } },
      AT,
    );

    expect(after).toMatchObject({
      start: { value: '2019-02-27' },
      end: { value: '2019-02-28' },
      place: { name: 'Hanoi' },
    });
    expect(after.dateUncertain).toBeUndefined();
    expect(after.statedDate).toBeUndefined();
    const inTimeline = await table.events.listEvents({ from: '2019-02', to: '2019-02' }, { first: 5 });
    expect(inTimeline.edges.map((e) => e.node.id)).toContain(summit.id);
    const ofKim = await table.events.listEvents({ personId: kim.id }, { first: 5 });
    expect(ofKim.edges.map((e) => e.node.start?.value)).toEqual(['2019-02-27']);
  });

  it('marks a date uncertain: the start goes, the stated text is kept', async () => {
    await table.events.saveEvent(makeEvent('Treaty signing', { start: partialDate('1200-04', 'MONTH') }));

    const { after } = await editor.updateEvent(
      'treaty-signing-1200-04',
      { statedDate: { text: 'April 1200', month: 4 } },
      AT,
    );

    expect(after).toMatchObject({ dateUncertain: true, statedDate: { text: 'April 1200', month: 4 } });
    expect(after.start).toBeUndefined();
  });

  it('adds and removes participants, and an import does not add a removed one back', async () => {
    await importDocument('g7-1', {
      people: [{ name: 'Olaf Scholz' }, { name: 'Rishi Sunak' }],
      events: [{ name: 'G7 Apulia', kind: 'SUMMIT', start: '2024-06', participants: ['Olaf Scholz', 'Rishi Sunak'] }],
    });
    await table.people.savePerson(makePerson('Giorgia Meloni'));

    const { after } = await editor.updateEvent(
      'g7-apulia-2024-06',
      { addParticipants: ['giorgia-meloni'], removeParticipants: ['rishi-sunak'], kind: 'MEETING' },
      AT,
    );
    await importDocument('g7-2', {
      people: [{ name: 'Rishi Sunak' }],
      events: [{ name: 'G7 Apulia', kind: 'SUMMIT', start: '2024-06', participants: ['Rishi Sunak'] }],
    });

    const listed = await table.events.listParticipants('g7-apulia-2024-06', { first: 10 });
    expect(listed.edges.map((e) => e.node.personId)).toEqual(['giorgia-meloni', 'olaf-scholz']);
    expect(after).toMatchObject({ kind: 'MEETING', participantCount: 2, removedParticipants: ['rishi-sunak'] });
    const [stored] = (await table.events.listEvents({ kind: 'MEETING' }, { first: 5 })).edges;
    expect(stored?.node).toMatchObject({ id: 'g7-apulia-2024-06', participantCount: 2 });
  });
});
