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
  it('keeps each participant\'s timeline in step when participants or dates change', async () => {
    const event = makeEvent('Franco-German council', { start: partialDate('2023-01-22', 'DAY'), participants: participants(macron, scholz) });
    await table.events.saveEvent(event);

    await table.events.saveEvent({ ...event, start: partialDate('2023-01-23', 'DAY'), participants: participants(macron) });

    expect((await table.people.getWithEvents('olaf-scholz'))?.events).toEqual([]);
    expect((await table.people.getWithEvents('emmanuel-macron'))?.events.map((e) => e.start?.value)).toEqual(['2023-01-23']);
  });

  it('refuses a participant who does not exist, writing nothing', async () => {
    const event = makeEvent('Imaginary summit', { participants: participants(makePerson('Nobody At All')) });

    await expect(table.events.saveEvent(event)).rejects.toThrow('participant nobody-at-all does not exist');
    expect((await table.entities.getMany([{ type: 'Event', id: event.id }])).size).toBe(0);
  });

  it('pages the timeline by start date and kind', async () => {
    const isolated = await createTestTable('timeline');
    for (const [name, date, kind] of [['A', '2020-01-01', 'ELECTION'], ['B', '2021-05', 'SUMMIT'], ['C', '2021', 'ELECTION'], ['D', '2022-03-04', 'SUMMIT']] as const) {
      await isolated.events.saveEvent(makeEvent(name, { kind, start: partialDate(date, date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY') }));
    }

    const page1 = await isolated.events.listEvents({}, { first: 2 });
    const page2 = await isolated.events.listEvents({}, { first: 2, after: page1.edges.at(-1)!.cursor });
    const elections2021 = await isolated.events.listEvents({ kind: 'ELECTION', from: '2021', to: '2021' }, { first: 10 });

    expect(page1.edges.map((e) => e.node.name)).toEqual(['D', 'B']);
    expect(page2.edges.map((e) => e.node.name)).toEqual(['C', 'A']);
    expect(page2.hasNextPage).toBe(false);
    expect(elections2021.edges.map((e) => e.node.name)).toEqual(['C']);
    await isolated.drop();
  });
});
