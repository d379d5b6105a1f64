import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInputs } from '../../../src/importers/importer.js';
import { importMessages } from '../../../src/importers/queue-worker.js';
import { runScheduledImport } from '../../../src/importers/scheduled-import.js';
import { textInput } from '../../support/fixtures.js';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.js';
import { queuedBody, story } from '../../support/sqs-events.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
let server: FixtureServer;
beforeAll(async () => {
  table = await createTestTable('concurrent');
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  await table.drop();
});

// Twelve delegates; story i names delegates i, i+1 and i+2 (of 12), each story covers the one summit.
const delegates = Array.from({ length: 12 }, (_, i) => `Delegate ${String.fromCharCode(65 + i)}. Example`);
const named = (i: number) => [0, 1, 2].map((k) => delegates[(i + k) % 12] as string);
const stories = Array.from({ length: 10 }, (_, i) =>
  story(`cms-s${i}`, `Summit day ${i + 1}`, named(i), { name: 'Coastal summit', participants: named(i) }),
);
const messages = (prefix: string) =>
  stories.map((s, i) => ({ messageId: `${prefix}-${i}`, body: queuedBody(`feed#${i + 1}`, s) }));

describe('concurrent imports of overlapping documents', () => {
  it('two workers importing the same ten documents at once end with ten articles, every participant counted once', async () => {
    const [first, second] = await Promise.all([
      importMessages(table, messages('w1'), { runId: 'w1', concurrency: 4 }),
      importMessages(table, messages('w2').reverse(), { runId: 'w2', concurrency: 4 }),
    ]);

    expect([...first.failures, ...second.failures]).toEqual([]);
    expect((first.run?.counts.written ?? 0) + (second.run?.counts.written ?? 0)).toBe(10);
    expect((first.run?.counts.unchanged ?? 0) + (second.run?.counts.unchanged ?? 0)).toBe(10);
    const listed = await table.articles.listArticles({}, { first: 100 });
    expect(listed.edges.map((e) => e.node.article?.version)).toEqual(Array(10).fill(1));
    const event = (await table.events.listEvents({}, { first: 10 })).edges.map((e) => e.node);
    expect(event.map((e) => [e.name, e.participantCount])).toEqual([['Coastal summit', 12]]);
    const participants = await table.events.listParticipants(event[0]!.id, { first: 100 });
    expect(participants.edges.map((e) => e.node.name).sort()).toEqual([...delegates].sort());
    // Each delegate is named by exactly three of the ten stories (i, i-1, i-2 mod 12, within 0..9).
    const people = await table.people.listPeople({}, { first: 100 });
    const mentions = new Map(people.edges.map((e) => [e.node.name, e.node.mentionCount]));
    expect(mentions.get('Delegate A. Example')).toBe(1); // stories 0 only (10 and 11 do not exist)
    expect(mentions.get('Delegate C. Example')).toBe(3); // stories 0, 1, 2
    expect(mentions.get('Delegate L. Example')).toBe(1); // story 9
  }, 120_000);

  it('a backfill at concurrency 8 with one document in two files writes it once, and a second pass writes nothing', async () => {
    const copy = (name: string) =>
      textInput(
        name,
        JSON.stringify({ format: 'news-document/v1', ...story('cms-twin', 'Harbour reopens', ['Grace Hopper']) }),
      );
    const inputs = () => [
      copy('copy-a.json'),
      ...stories.map((s, i) => textInput(`s${i}.json`, JSON.stringify({ format: 'news-document/v1', ...s }))),
      copy('copy-b.json'),
    ];

    const backfill = await importInputs(table, inputs(), { source: 'backfill', concurrency: 8 });
    const again = await importInputs(table, inputs(), { source: 'again', concurrency: 8 });

    expect(backfill?.status).toBe('SUCCEEDED');
    // The ten stories are in the table already (previous test); the two copies race for one article.
    expect(backfill?.counts).toMatchObject({ documents: 12, written: 1, unchanged: 11 });
    // Input order is kept in the run record, whatever order the imports ended in.
    expect(backfill?.documents.map((d) => d.document)).toEqual(inputs().map((i) => i.name));
    expect(again?.counts).toMatchObject({ documents: 12, written: 0, unchanged: 12 });
    expect((await table.articles.listArticles({}, { first: 100 })).edges).toHaveLength(11);
  }, 120_000);

  it('a scheduled run with a queue enqueues one message per feed item and writes no article itself', async () => {
    const sent: string[] = [];
    const isolated = await createTestTable('enqueue');
    const queue = { send: async (bodies: readonly string[]) => void sent.push(...bodies) };

    const run = await runScheduledImport(
      { ...isolated, queue },
      {
        sources: [{ name: 'guardian', url: server.url('/guardian.rss') }],
        runId: 'schedule-q',
        remainingMs: () => 300_000,
      },
    );
    const worked = await importMessages(
      isolated,
      sent.map((body, i) => ({ messageId: `m${i}`, body })),
      { runId: 'worker-q', concurrency: 4 },
    );

    expect(run?.counts).toEqual({ documents: 55, written: 0, unchanged: 0, rejected: 0, queued: 55 });
    expect(run?.documents[0]).toEqual({ document: `${server.url('/guardian.rss')}#1`, outcome: 'QUEUED' });
    expect(sent).toHaveLength(55);
    expect(worked.run?.counts).toMatchObject({ documents: 55, written: 55 });
    expect(worked.run?.documents[0]?.document).toBe(`${server.url('/guardian.rss')}#1`);
    await isolated.drop();
  }, 120_000);
});
