import { DescribeTableCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { TestTable } from './test-table.js';

/**
 * DynamoDB Local's stream of a test table (NEW_AND_OLD_IMAGES, as deployed), read with the Streams API
 * and handed out in the shape Lambda delivers: `read()` returns the records written since the last read.
 */
export async function openTableStream(table: TestTable) {
  await table.client.base.send(
    new UpdateTableCommand({
      TableName: table.tableName,
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  );
  const described = await table.client.base.send(new DescribeTableCommand({ TableName: table.tableName }));
  const streamArn = described.Table?.LatestStreamArn;
  if (!streamArn) throw new Error('DynamoDB Local gave the table no stream');
  const streams = new DynamoDBStreamsClient({
    endpoint: table.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const iterators = new Map<string, string | undefined>();

  async function read(): Promise<DynamoDBStreamEvent> {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const records: DynamoDBRecord[] = [];
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId as string;
      let iterator = iterators.has(shardId)
        ? iterators.get(shardId)
        : (
            await streams.send(
              new GetShardIteratorCommand({
                StreamArn: streamArn,
                ShardId: shardId,
                ShardIteratorType: 'TRIM_HORIZON',
              }),
            )
          ).ShardIterator;
      while (iterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        records.push(...(page.Records ?? []).map(toLambdaRecord));
        iterator = page.NextShardIterator;
        if (!page.Records?.length) break;
      }
      iterators.set(shardId, iterator);
    }
    return { Records: records };
  }

  return { read, close: () => streams.destroy() };
}

/** The Streams API's record as Lambda passes it: the creation time in epoch seconds, the rest as is. */
function toLambdaRecord(record: Record<string, any>): DynamoDBRecord {
  const { ApproximateCreationDateTime: at, ...dynamodb } = record.dynamodb ?? {};
  return {
    ...record,
    eventSource: 'aws:dynamodb',
    dynamodb: {
      ...dynamodb,
      ...(at ? { ApproximateCreationDateTime: Math.floor(new Date(at).getTime() / 1000) } : {}),
    },
  } as DynamoDBRecord;
}
