import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARSHALL_OPTIONS } from '../../../src/storage/client.js';
import { DocumentClient } from '../../../src/storage/document-client.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

/**
 * Our DocumentClient must read and write exactly what lib-dynamodb's DynamoDBDocumentClient does:
 * each command below goes through both, against DynamoDB Local, and the answers are compared.
 */
let table: TestTable;
let reference: DynamoDBDocumentClient;
const TableName = () => table.tableName;

const item = (id: string) => ({
  PK: `DOC#${id}`,
  SK: 'A',
  GSI1PK: 'DOCS',
  GSI1SK: id,
  title: `Title ${id}`,
  count: 3,
  ratio: 0.25,
  flag: true,
  nothing: null,
  empty: '',
  skipped: undefined,
  tags: ['a', 'b'],
  nested: { list: [{ deep: 1 }, 'two'], map: { x: 'y' } },
});

beforeAll(async () => {
  table = await createTestTable('document-client');
  reference = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'us-east-1',
      endpoint: table.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    {
      marshallOptions: { ...MARSHALL_OPTIONS },
    },
  );
});
afterAll(() => table.drop());

describe('DocumentClient', () => {
  it('refuses a base client without cached middleware', () => {
    expect(() => new DocumentClient(new DynamoDBClient({ region: 'us-east-1' }))).toThrow(/cacheMiddleware: true/);
  });

  it('writes items that lib-dynamodb reads back unchanged, and reads what lib-dynamodb wrote', async () => {
    await table.client.send(new PutCommand({ TableName: TableName(), Item: item('ours') }));
    await reference.send(new PutCommand({ TableName: TableName(), Item: item('theirs') }));

    for (const id of ['ours', 'theirs']) {
      const get = new GetCommand({ TableName: TableName(), Key: { PK: `DOC#${id}`, SK: 'A' }, ConsistentRead: true });
      const [ours, theirs] = [await table.client.send(get), await reference.send(get)];
      expect(ours.Item).toEqual(theirs.Item);
      const { skipped: _removed, ...stored } = item(id);
      expect(ours.Item).toEqual(stored);
    }
  });

  it('answers queries, scans, batch reads and updates as lib-dynamodb does', async () => {
    await table.client.send(
      new BatchWriteCommand({
        RequestItems: { [TableName()]: ['b1', 'b2', 'b3'].map((id) => ({ PutRequest: { Item: item(id) } })) },
      }),
    );
    const commands = [
      new QueryCommand({
        TableName: TableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :b)',
        ExpressionAttributeValues: { ':pk': 'DOCS', ':b': 'b' },
      }),
      new ScanCommand({
        TableName: TableName(),
        FilterExpression: '#c = :c',
        ExpressionAttributeNames: { '#c': 'count' },
        ExpressionAttributeValues: { ':c': 3 },
      }),
      new BatchGetCommand({
        RequestItems: {
          [TableName()]: {
            Keys: ['b1', 'b3', 'missing'].map((id) => ({ PK: `DOC#${id}`, SK: 'A' })),
            ConsistentRead: true,
          },
        },
      }),
    ];
    for (const command of commands) {
      const [ours, theirs] = [await table.client.send(command as never), await reference.send(command as never)];
      expect(withoutMetadata(ours)).toEqual(withoutMetadata(theirs));
    }
    const query = await table.client.send(commands[0] as QueryCommand);
    expect(query.Items?.map((found) => found.title)).toEqual(['Title b1', 'Title b2', 'Title b3']);

    const update = await table.client.send(
      new UpdateCommand({
        TableName: TableName(),
        Key: { PK: 'DOC#b1', SK: 'A' },
        UpdateExpression: 'SET tags = list_append(tags, :more), nested.#map.z = :z',
        ExpressionAttributeNames: { '#map': 'map' },
        ExpressionAttributeValues: { ':more': ['c'], ':z': { n: 1 } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(update.Attributes).toMatchObject({ tags: ['a', 'b', 'c'], nested: { map: { x: 'y', z: { n: 1 } } } });
  });

  it('fails a transaction whose condition fails, writing nothing, as lib-dynamodb does', async () => {
    const transaction = new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: TableName(), Item: item('t1') } },
        { Put: { TableName: TableName(), Item: item('b2'), ConditionExpression: 'attribute_not_exists(PK)' } },
      ],
    });

    const ours = await table.client.send(transaction).catch((error: Error) => error);
    const theirs = await reference.send(transaction).catch((error: Error) => error);

    expect((ours as Error).name).toBe('TransactionCanceledException');
    expect((ours as Error).name).toBe((theirs as Error).name);
    expect(
      (
        await table.client.send(
          new GetCommand({ TableName: TableName(), Key: { PK: 'DOC#t1', SK: 'A' }, ConsistentRead: true }),
        )
      ).Item,
    ).toBeUndefined();
  });

  it('keeps concurrent calls of one command apart (the middleware is resolved once and shared)', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
    await Promise.all(ids.map((id) => table.client.send(new PutCommand({ TableName: TableName(), Item: item(id) }))));

    const found = await Promise.all(
      ids.map((id) =>
        table.client.send(
          new GetCommand({ TableName: TableName(), Key: { PK: `DOC#${id}`, SK: 'A' }, ConsistentRead: true }),
        ),
      ),
    );

    expect(found.map((answer) => answer.Item?.title)).toEqual(ids.map((id) => `Title ${id}`));
  });
});

function withoutMetadata(output: object) {
  const { $metadata: _metadata, ...rest } = output as { $metadata?: unknown };
  return rest;
}
