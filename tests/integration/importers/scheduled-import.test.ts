import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledImport } from '../../../src/importers/scheduled-import.js';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let server: FixtureServer;
let table: TestTable;
// A timeout no busy machine reaches for the sources that answer; /slow never answers within it.
const fetchOptions = { timeoutMs: 5_000, attempts: 3, baseDelayMs: 10, maxDelayMs: 50, maxBytes: 5 * 1024 * 1024 };
const plentyOfTime = () => 300_000;

beforeAll(async () => {
  server = await startFixtureServer();
  table = await createTestTable('schedule');
});
afterAll(async () => {
  await server.close();
  await table.drop();
});

describe('scheduled import over HTTP', () => {
  it('imports what it can fetch, retries 429, and records sources that fail with their reason', async () => {
    const sources = [
      { name: 'guardian', url: server.url('/guardian.rss') },
      { name: 'flaky', url: server.url('/flaky.json') },
      { name: 'down', url: server.url('/down') },
      { name: 'slow', url: server.url('/slow') },
    ];

    const run = await runScheduledImport(table, { sources, runId: 'event-1', remainingMs: plentyOfTime, fetchOptions });

    expect(run?.status).toBe('SUCCEEDED');
    expect(run?.counts).toEqual({ documents: 55 + 2 + 2, written: 57, unchanged: 0, rejected: 2, queued: 0 });
    expect(server.requests.get('/flaky.json')).toBe(2);
    expect(run?.documents.filter((d) => d.outcome === 'REJECTED').map((d) => d.reason)).toEqual([
      `could not fetch down: HTTP 503 after 3 attempts`,
      `could not fetch slow: no answer within 5000 ms after 3 attempts`,
    ]);
  });

  it('sends the ETag back and skips a source that answers 304', async () => {
    const sources = [{ name: 'guardian', url: server.url('/guardian.rss') }];
    const before = server.requests.get('/guardian.rss');

    const run = await runScheduledImport(table, { sources, runId: 'event-2', remainingMs: plentyOfTime, fetchOptions });

    expect(server.requests.get('/guardian.rss')).toBe((before ?? 0) + 1);
    expect(run?.counts.documents).toBe(0);
  });

  it('does nothing on a second delivery of the same scheduled event', async () => {
    const run = await runScheduledImport(table, {
      sources: [],
      runId: 'event-1',
      remainingMs: plentyOfTime,
      fetchOptions,
    });

    expect(run).toBeUndefined();
  });

  it('stops before the deadline and the next run resumes with the source it did not reach', async () => {
    const isolated = await createTestTable('resume');
    const sources = [
      { name: 'flaky', url: server.url('/flaky.json') },
      { name: 'guardian', url: server.url('/guardian.rss') },
    ];
    let calls = 0;
    // Time for the first source only: the check before the second finds too little left.
    const remainingMs = () => (calls++ === 0 ? 300_000 : 1_000);

    const first = await runScheduledImport(isolated, { sources, runId: 'event-a', remainingMs, fetchOptions });
    const second = await runScheduledImport(isolated, {
      sources,
      runId: 'event-b',
      remainingMs: plentyOfTime,
      fetchOptions,
    });

    expect(first?.status).toBe('INCOMPLETE');
    expect(first?.documents.map((d) => d.document)).toEqual([
      `${server.url('/flaky.json')}#1`,
      `${server.url('/flaky.json')}#2`,
    ]);
    expect(second?.status).toBe('SUCCEEDED');
    expect(second?.documents[0]?.document).toBe(`${server.url('/guardian.rss')}#1`);
    await isolated.drop();
  });
});
