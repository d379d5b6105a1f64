import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partialDate } from '../../../src/domain/event.js';
import { makeEvent, makePerson, participants } from '../../support/factories.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
const macron = makePerson('Emmanuel Macron');
const scholz = makePerson('Olaf Scholz');
beforeAll(async () => {
  table = await createTestTable('events');
  await table.people.savePerson(macron);
  await table.people.savePerson(scholz);
});
afterAll(() => table.drop());

describe('DynamoEventRepository', () => {
  it("moves every participant's timeline entry when the date changes, and keeps participants it is not told to drop", async () => {
    const event = makeEvent('Franco-German council', {
      start: partialDate('2023-01-22', 'DAY'),
      participants: participants(macron, scholz),
    });
    await table.events.saveEvent(event);

    await table.events.saveEvent({
      ...event,
      start: partialDate('2023-01-23', 'DAY'),
      participants: participants(macron),
    });

    const starts = async (id: string) =>
      (await table.people.getWithEvents(id))?.events.edges.map((e) => e.node.start?.value);
    expect(await starts('olaf-scholz')).toEqual(['2023-01-23']);
    expect(await starts('emmanuel-macron')).toEqual(['2023-01-23']);
    expect((await table.entities.getMany([{ type: 'Event', id: event.id }])).get(`Event:${event.id}`)).toMatchObject({
      participantCount: 2,
    });
  });

  it('counts a participant once when two writers add them at the same moment', async () => {
    const event = makeEvent('Aachen prize', { start: partialDate('2024-05-09', 'DAY'), participants: [] });
    await table.events.saveEvent(event);

    await Promise.all([
      table.events.saveEvent({ ...event, participants: participants(macron) }),
      table.events.saveEvent({ ...event, participants: participants(macron) }),
    ]);

    expect((await table.entities.getMany([{ type: 'Event', id: event.id }])).get(`Event:${event.id}`)).toMatchObject({
      participantCount: 1,
    });
  });

  it('keeps one edge per person, whatever name an article used', async () => {
    const event = makeEvent('Élysée treaty anniversary', {
      start: partialDate('2023-01-22', 'DAY'),
      participants: participants(macron),
    });
    await table.events.saveEvent(event);

    await table.events.saveEvent({ ...event, participants: [{ personId: macron.id, name: 'Macron' }] });

    expect((await table.events.listParticipants(event.id, { first: 10 })).edges).toHaveLength(1);
    expect((await table.entities.getMany([{ type: 'Event', id: event.id }])).get(`Event:${event.id}`)).toMatchObject({
      participantCount: 1,
    });
  });

  it('removes an uncertain date when a later write states a certain one', async () => {
    const event = makeEvent('Summit in Quebec', {
      statedDate: { text: 'in May 1200', month: 5 },
      dateUncertain: true,
      participants: [],
    });
    await table.events.saveEvent(event);
    const { statedDate: _stated, dateUncertain: _uncertain, ...certain } = event;

    await table.events.saveEvent({ ...certain, start: partialDate('2024-05-06', 'DAY') });

    const stored = (await table.entities.getMany([{ type: 'Event', id: event.id }])).get(`Event:${event.id}`);
    expect(stored).toMatchObject({ start: { value: '2024-05-06' } });
    expect(stored).not.toHaveProperty('dateUncertain');
    expect(stored).not.toHaveProperty('statedDate');
  });

  it('writes nothing when an event is saved again unchanged', async () => {
    const event = makeEvent('Weimar triangle', {
      start: partialDate('2024-02-12', 'DAY'),
      participants: participants(macron),
    });
    await table.events.saveEvent(event);

    expect(await table.events.saveEvent({ ...event, updatedAt: '2026-12-01T00:00:00.000Z' })).toBe(false);
  });

  it('refuses a participant who does not exist, writing nothing', async () => {
    const event = makeEvent('Imaginary summit', { participants: participants(makePerson('Nobody At All')) });

    await expect(table.events.saveEvent(event)).rejects.toThrow('participant nobody-at-all does not exist');
    expect((await table.entities.getMany([{ type: 'Event', id: event.id }])).size).toBe(0);
  });

  it('pages the timeline by start date and kind', async () => {
    const isolated = await createTestTable('timeline');
    for (const [name, date, kind] of [
      ['A', '2020-01-01', 'ELECTION'],
      ['B', '2021-05', 'SUMMIT'],
      ['C', '2021', 'ELECTION'],
      ['D', '2022-03-04', 'SUMMIT'],
    ] as const) {
      await isolated.events.saveEvent(
        makeEvent(name, {
          kind,
          start: partialDate(date, date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY'),
        }),
      );
    }

    const page1 = await isolated.events.listEvents({}, { first: 2 });
    const page2 = await isolated.events.listEvents({}, { first: 2, after: page1.edges.at(-1)!.cursor });
    const elections2021 = await isolated.events.listEvents(
      { kind: 'ELECTION', from: '2021', to: '2021' },
      { first: 10 },
    );

    expect(page1.edges.map((e) => e.node.name)).toEqual(['D', 'B']);
    expect(page2.edges.map((e) => e.node.name)).toEqual(['C', 'A']);
    expect(page2.hasNextPage).toBe(false);
    expect(elections2021.edges.map((e) => e.node.name)).toEqual(['C']);
    await isolated.drop();
  });
});
