import type { Context, SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { queuedBody, sqsEvent, sqsRecord, story } from '../support/sqs-events.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let handler: typeof import('../../src/handlers/import-worker.js').handler;
const context = (id: string) => ({ awsRequestId: id, getRemainingTimeInMillis: () => 120_000 }) as unknown as Context;

beforeAll(async () => {
  table = await createTestTable('import-worker');
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  process.env.IMPORT_WORKER_CONCURRENCY = '4';
  ({ handler } = await import('../../src/handlers/import-worker.js'));
});
afterAll(() => table.drop());

const summit = (participants: string[]) => ({ name: 'Harbour summit', participants });
const bodies = {
  a: queuedBody(
    'feed#1',
    story(
      'cms-a',
      'Harbour summit opens',
      ['Ada Lovelace', 'Charles Babbage'],
      summit(['Ada Lovelace', 'Charles Babbage']),
    ),
  ),
  b: queuedBody(
    'feed#2',
    story('cms-b', 'Ports agree on tariffs', ['Ada Lovelace', 'Mary Somerville'], summit(['Mary Somerville'])),
  ),
  c: queuedBody('feed#3', story('cms-c', 'Lighthouse restored', ['Grace Hopper'])),
};
const articleCount = async () => (await table.articles.listArticles({}, { first: 100 })).edges.length;

describe('importWorker Lambda handler (SQS batches)', () => {
  it('imports a batch, writes a duplicate delivery once and returns only the poison message as a failure', async () => {
    const poison = sqsRecord('m-poison', 'this is not an encoded document');
    const response = (await handler(
      sqsEvent(
        sqsRecord('m-a', bodies.a),
        sqsRecord('m-b', bodies.b),
        poison,
        sqsRecord('m-c', bodies.c),
        sqsRecord('m-a-again', bodies.a),
      ),
      context('req-batch-1'),
    )) as SQSBatchResponse;

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-poison' }] });
    const run = await table.runs.get('queue-req-batch-1');
    expect(run?.status).toBe('SUCCEEDED');
    expect(run?.counts).toEqual({ documents: 4, written: 3, unchanged: 1, rejected: 0, queued: 0 });
    expect(await articleCount()).toBe(3);
    const people = await table.people.listPeople({}, { first: 10 });
    expect(people.edges.map((e) => [e.node.name, e.node.mentionCount])).toEqual([
      ['Ada Lovelace', 2],
      ['Charles Babbage', 1],
      ['Grace Hopper', 1],
      ['Mary Somerville', 1],
    ]);
  }, 300_000);

  it('a batch delivered again (visibility timeout, partial failure) writes nothing new', async () => {
    const response = (await handler(
      sqsEvent(sqsRecord('m-a', bodies.a, 2), sqsRecord('m-b', bodies.b, 2), sqsRecord('m-c', bodies.c, 2)),
      context('req-batch-2'),
    )) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([]);
    expect((await table.runs.get('queue-req-batch-2'))?.counts).toMatchObject({ written: 0, unchanged: 3 });
    const listed = await table.articles.listArticles({}, { first: 100 });
    expect(listed.edges.map((e) => e.node.article?.version)).toEqual([1, 1, 1]);
    expect((await table.events.listParticipants('harbour-summit-2026-10-30', { first: 10 })).edges).toHaveLength(3);
  }, 300_000);

  it('fails a message of an unknown version or shape without losing the others of its batch', async () => {
    const future = gzipSync(JSON.stringify({ v: 2, runId: 'r', document: 'x', entry: {} })).toString('base64');
    const shapeless = gzipSync(JSON.stringify({ v: 1, runId: 'r', document: 'x', entry: { headline: 1 } })).toString(
      'base64',
    );
    const d = queuedBody('feed#4', story('cms-d', 'Ferry timetable changes', ['Grace Hopper']));

    const response = (await handler(
      sqsEvent(sqsRecord('m-future', future), sqsRecord('m-d', d), sqsRecord('m-shapeless', shapeless, 5)),
      context('req-batch-3'),
    )) as SQSBatchResponse;

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-future' }, { itemIdentifier: 'm-shapeless' }]);
    expect((await table.runs.get('queue-req-batch-3'))?.counts).toMatchObject({ documents: 1, written: 1 });
    expect(await articleCount()).toBe(4);
  }, 300_000);
});
