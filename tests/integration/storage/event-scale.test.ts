import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partialDate } from '../../../src/domain/event.js';
import { toPersonItem } from '../../../src/storage/items.js';
import { makeArticle, makeEvent, makePerson, covering, participants } from '../../support/factories.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
const delegates = Array.from({ length: 1000 }, (_, i) => makePerson(`Delegate ${String(i).padStart(4, '0')}`));
const summit = makeEvent('Climate summit in Belem', { start: partialDate('2025-11-10', 'DAY'), participants: [] });

beforeAll(async () => {
  table = await createTestTable('event-scale');
  // People exist before the articles name them (the importer creates them first); written in bulk here.
  for (let i = 0; i < delegates.length; i += 25) {
    const Items = delegates.slice(i, i + 25).map((person) => ({ PutRequest: { Item: toPersonItem(person) } }));
    await table.client.send(new BatchWriteCommand({ RequestItems: { [table.tableName]: Items } }));
  }
}, 120_000);
afterAll(() => table.drop());

describe('an event with a thousand participants', () => {
  it('stays writable while 300 articles each add three or four delegates, and counts them all', async () => {
    for (let article = 0; article < 300; article++) {
      const from = Math.floor((article * delegates.length) / 300);
      const to = Math.floor(((article + 1) * delegates.length) / 300);
      await table.events.saveEvent({ ...summit, participants: participants(...delegates.slice(from, to)) });
      if (article % 100 === 0) await table.articles.saveArticle(makeArticle({ events: covering(summit) }));
    }

    const stored = (await table.entities.getMany([{ type: 'Event', id: summit.id }])).get(`Event:${summit.id}`);
    expect(stored).toMatchObject({ participantCount: 1000 });
  }, 180_000);

  it('pages through every participant by name', async () => {
    const names: string[] = [];
    let after: string | undefined;
    do {
      const page = await table.events.listParticipants(summit.id, { first: 100, ...(after ? { after } : {}) });
      names.push(...page.edges.map((edge) => edge.node.name));
      after = page.hasNextPage ? page.edges.at(-1)?.cursor : undefined;
    } while (after);

    expect(names).toHaveLength(1000);
    expect(names[0]).toBe('Delegate 0000');
    expect(names.at(-1)).toBe('Delegate 0999');
  });

  it("shows the event in a participant's timeline", async () => {
    const found = await table.people.getWithEvents('delegate-0777');

    expect(found?.events.edges.map((edge) => edge.node.id)).toEqual([summit.id]);
  });
});
