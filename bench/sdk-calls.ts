import { Readable } from 'node:stream';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { HttpResponse } from '@smithy/core/transport';
import { CLIENT_SETTINGS, MARSHALL_OPTIONS } from '../src/storage/client.js';
import { DocumentClient } from '../src/storage/document-client.js';
import { spread } from './measure.js';

/**
 * CPU per DynamoDB call in the SDK itself (serialising, signing, middleware, parsing, unmarshalling)
 * for lib-dynamodb's DynamoDBDocumentClient and our DocumentClient (src/storage/document-client.ts).
 * Both get the same canned HTTP answer from an in-process request handler: no network, no database.
 * Rounds alternate between the two; the figure is the median of the per-round CPU times.
 */
const paragraph = 'p'.repeat(300);
const storedItem = (id: string) => ({
  PK: { S: `ARTICLE#${id}` },
  SK: { S: 'A' },
  headline: { S: 'h'.repeat(80) },
  body: { L: Array.from({ length: 10 }, () => ({ S: paragraph })) },
  version: { N: '3' },
});
const answers = {
  get: JSON.stringify({ Item: storedItem('1') }),
  batchGet: JSON.stringify({
    Responses: { bench: Array.from({ length: 8 }, (_, i) => storedItem(String(i))) },
    UnprocessedKeys: {},
  }),
};

function cannedHandler(body: string) {
  return {
    handle: async () => ({
      response: new HttpResponse({
        statusCode: 200,
        headers: { 'content-type': 'application/x-amz-json-1.0' },
        body: Readable.from([Buffer.from(body)]),
      }),
    }),
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({}),
  };
}

function clients(body: string) {
  const options = {
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    requestHandler: cannedHandler(body) as never,
  };
  return {
    // lib-dynamodb refuses cacheMiddleware, and writes its defaults into the options it is given.
    'lib-dynamodb': DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...options, ...CLIENT_SETTINGS, cacheMiddleware: false }),
      { marshallOptions: { ...MARSHALL_OPTIONS } },
    ),
    // As createDocumentClient builds it, with the canned answers instead of the network.
    ours: new DocumentClient(new DynamoDBClient({ ...options, ...CLIENT_SETTINGS }), { marshall: MARSHALL_OPTIONS }),
  };
}

async function cpuPerCall(call: () => Promise<unknown>, calls: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) await call();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

export async function measureSdkCalls(rounds = 10, calls = 300) {
  const get = clients(answers.get);
  const batch = clients(answers.batchGet);
  const operations = {
    GetItem: {
      'lib-dynamodb': () =>
        get['lib-dynamodb'].send(new GetCommand({ TableName: 'bench', Key: { PK: 'ARTICLE#1', SK: 'A' } })),
      ours: () => get.ours.send(new GetCommand({ TableName: 'bench', Key: { PK: 'ARTICLE#1', SK: 'A' } })),
    },
    'BatchGetItem (8 items)': {
      'lib-dynamodb': () =>
        batch['lib-dynamodb'].send(
          new BatchGetCommand({
            RequestItems: { bench: { Keys: Array.from({ length: 8 }, (_, i) => ({ PK: `ARTICLE#${i}`, SK: 'A' })) } },
          }),
        ),
      ours: () =>
        batch.ours.send(
          new BatchGetCommand({
            RequestItems: { bench: { Keys: Array.from({ length: 8 }, (_, i) => ({ PK: `ARTICLE#${i}`, SK: 'A' })) } },
          }),
        ),
    },
  };
  const results: Record<string, { libDynamodbUs: number; oursUs: number; ratio: ReturnType<typeof spread> }> = {};
  for (const [operation, send] of Object.entries(operations)) {
    await cpuPerCall(send['lib-dynamodb'], calls); // warm-up
    await cpuPerCall(send.ours, calls);
    const theirs: number[] = [];
    const ours: number[] = [];
    for (let round = 0; round < rounds; round++) {
      theirs.push(await cpuPerCall(send['lib-dynamodb'], calls));
      ours.push(await cpuPerCall(send.ours, calls));
    }
    results[operation] = {
      libDynamodbUs: spread(theirs).median,
      oursUs: spread(ours).median,
      ratio: spread(ours.map((us, i) => us / theirs[i]!)),
    };
  }
  return results;
}
