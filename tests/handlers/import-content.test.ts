import type { Context, EventBridgeEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let server: FixtureServer;
let table: TestTable;
let handler: typeof import('../../src/handlers/import-content.js').handler;

const scheduledEvent = (id: string): EventBridgeEvent<'Scheduled Event', unknown> => ({
  version: '0',
  id,
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: '2026-11-28T03:00:00Z',
  region: 'us-east-1',
  resources: ['arn:aws:events:us-east-1:123456789012:rule/news-graphql-dev-ImportContentEventsRuleSchedule1'],
  detail: {},
});
const context = { awsRequestId: 'req-1', getRemainingTimeInMillis: () => 300_000 } as unknown as Context;

beforeAll(async () => {
  server = await startFixtureServer();
  table = await createTestTable('import-handler');
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  process.env.IMPORT_SOURCES = JSON.stringify({ sources: [{ name: 'guardian', url: server.url('/guardian.rss') }] });
  ({ handler } = await import('../../src/handlers/import-content.js'));
});
afterAll(async () => {
  await server.close();
  await table.drop();
});

describe('importContent Lambda handler', () => {
  it('imports the configured sources once per scheduled event', async () => {
    const first = await handler(scheduledEvent('5f1a-event'), context);
    const again = await handler(scheduledEvent('5f1a-event'), context);

    expect(first).toEqual({
      runId: '5f1a-event',
      status: 'SUCCEEDED',
      counts: { documents: 55, written: 55, unchanged: 0, rejected: 0, queued: 0 },
    });
    expect(again).toEqual({ duplicate: true });
    expect((await table.runs.get('5f1a-event'))?.counts.written).toBe(55);
  }, 300_000);
});
