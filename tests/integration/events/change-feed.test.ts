import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOutcomes } from '../../../src/domain/import-run.js';
import type { ContentChange, ContentEventPublisher } from '../../../src/domain/content-change.js';
import { contentEventDetail } from '../../../src/events/content-event.js';
import { contentChangesHandler } from '../../../src/handlers/content-changes.js';
import { articleKey } from '../../../src/storage/keys.js';
import { makeArticle, makePerson, mentioning } from '../../support/factories.js';
import { openTableStream } from '../../support/table-stream.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

/** Records what it is given; fails the changes `refuse` picks, as EventBridge refuses single entries. */
class FakePublisher implements ContentEventPublisher {
  published: ContentChange[] = [];
  refuse: (change: ContentChange) => boolean = () => false;
  async publish(changes: readonly ContentChange[]) {
    const refused = changes.filter((change) => this.refuse(change));
    this.published.push(...changes.filter((change) => !refused.includes(change)));
    return refused;
  }
}

let table: TestTable;
let stream: Awaited<ReturnType<typeof openTableStream>>;
const publisher = new FakePublisher();
const handler = contentChangesHandler(publisher);
const ada = makePerson('Ada Lovelace');

/** The records written since the last call, through the Lambda handler; what it published. */
async function deliver() {
  publisher.published = [];
  const response = await handler(await stream.read());
  return { response, events: publisher.published.map((c) => `${c.entity}${c.kind}:${c.id}`) };
}

beforeAll(async () => {
  table = await createTestTable('changes');
  stream = await openTableStream(table);
});
afterAll(async () => {
  stream.close();
  await table.drop();
});

describe('the change feed over DynamoDB Local’s stream', () => {
  it('emits one event per new article and new person, none for its edges, slugs, translations or counts', async () => {
    await table.people.savePerson(ada);
    const document = makeArticle({ id: 'feed-1', people: mentioning(ada) });
    await table.articles.saveArticle(document);

    const { events, response } = await deliver();

    expect(events).toEqual(['PersonCreated:ada-lovelace', 'ArticlePublished:feed-1']);
    expect(response.batchItemFailures).toEqual([]);
    expect(contentEventDetail(publisher.published[1]!)).toMatchObject({
      id: Buffer.from('Article:feed-1').toString('base64'),
      entity: 'Article',
      entityId: 'feed-1',
      change: 'Published',
      version: 1,
      language: 'en',
      slugs: [document.article.slug, document.translations[0]!.slug],
    });
  });

  it('emits ArticleUpdated with the new version for a second version, and nothing for its mention count', async () => {
    const document = makeArticle({ id: 'feed-2', people: mentioning(ada) });
    await table.articles.saveArticle(document);
    await deliver();
    await table.articles.saveArticle({ ...document, article: { ...document.article, version: 2, headline: 'New' } });

    const { events } = await deliver();

    expect(events).toEqual(['ArticleUpdated:feed-2']);
    expect(publisher.published[0]?.version).toBe(2);
  });

  it('emits ArticleUnpublished when the status changes, ArticleRepublished when it returns, ArticleDeleted on removal', async () => {
    await table.articles.saveArticle(makeArticle({ id: 'feed-3' }));
    await deliver();
    const setStatus = (status: string) =>
      table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: articleKey('feed-3'),
          UpdateExpression: 'SET #status = :status',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status },
        }),
      );

    await setStatus('UNPUBLISHED');
    const unpublished = await deliver();
    await setStatus('PUBLISHED');
    const republished = await deliver();
    await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: articleKey('feed-3') }));
    const deleted = await deliver();

    expect(unpublished.events).toEqual(['ArticleUnpublished:feed-3']);
    expect(republished.events).toEqual(['ArticleRepublished:feed-3']);
    expect(deleted.events).toEqual(['ArticleDeleted:feed-3']);
  });

  it('emits nothing for an import run', async () => {
    const run = {
      id: 'run-feed',
      source: 'test',
      startedAt: '2026-11-29T00:00:00.000Z',
      status: 'RUNNING' as const,
      counts: countOutcomes([]),
      documents: [],
    };
    await table.runs.start(run);
    await table.runs.finish({ ...run, status: 'SUCCEEDED' });

    expect((await deliver()).events).toEqual([]);
  });

  it('reports the first record it could not publish, so the stream delivers it and the rest again', async () => {
    await table.articles.saveArticle(makeArticle({ id: 'feed-4' }));
    await table.articles.saveArticle(makeArticle({ id: 'feed-5' }));
    await table.articles.saveArticle(makeArticle({ id: 'feed-6' }));
    const records = await stream.read();
    const sequenceOf = (id: string) =>
      records.Records.find((r) => r.dynamodb?.NewImage?.SK?.S === 'ARTICLE' && r.dynamodb.NewImage.id?.S === id)
        ?.dynamodb?.SequenceNumber;
    publisher.refuse = (change) => change.id === 'feed-5' || change.id === 'feed-6';

    const response = await handler(records);

    publisher.refuse = () => false;
    expect(sequenceOf('feed-5')).toBeTruthy();
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceOf('feed-5') }]);
  });
});
