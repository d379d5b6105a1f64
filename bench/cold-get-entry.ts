import { request } from 'node:http';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../src/config.js';
import { createDocumentClient } from '../src/storage/client.js';
import { slugKey } from '../src/storage/keys.js';
import { SEED_SLUG } from './queries.js';

/**
 * A bare GetItem from a fresh process, with the client the handlers build (src/storage/client.ts, created at
 * module load as src/handlers/graphql.ts does): bench/cold-phases.ts bundles this like a Lambda handler and
 * times the SDK's first call against its second and third, and against the same request sent with node:http
 * alone (`rawGets`), to tell DynamoDB Local's answer time from the SDK's first-use work.
 */
const settings = config();
const client = createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint });
const input = { TableName: settings.tableName, Key: slugKey(SEED_SLUG, 'en') };

// COLD_PRIME=1: the SDK's first-use work started at module load, without a request: an already aborted
// GetItem runs the whole middleware stack (endpoint, credentials, signing, the HTTP agent) and stops where
// the HTTP handler would write. Does it make the first real call cheaper, or only move the cost?
const loadedAt = performance.now();
const primed = process.env.COLD_PRIME
  ? client.base
      .send(new GetItemCommand({ TableName: 'prime', Key: { PK: { S: 'prime' } } }), {
        abortSignal: AbortSignal.abort(),
      })
      .then(
        () => 'answered',
        (error: Error) => error.name,
      )
  : undefined;

async function timed(send: () => Promise<unknown>) {
  const start = performance.now();
  await send();
  return { start, ms: performance.now() - start };
}

export async function threeGets() {
  const prime = primed && { outcome: await primed, ms: performance.now() - loadedAt };
  const gets = [];
  for (let i = 0; i < 3; i++) gets.push(await timed(() => client.send(new GetCommand(input))));
  return { gets, ...(prime ? { prime } : {}) };
}

// DynamoDB Local checks that a request is signed, not the signature: a well-formed header is enough.
const RAW_HEADERS = {
  'content-type': 'application/x-amz-json-1.0',
  'x-amz-target': 'DynamoDB_20120810.GetItem',
  'x-amz-date': '20261129T000000Z',
  authorization:
    'AWS4-HMAC-SHA256 Credential=local/20261129/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
};

function rawGet(body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(settings.dynamodbEndpoint ?? '', { method: 'POST', headers: RAW_HEADERS }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(text))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function rawGets() {
  const body = JSON.stringify({
    TableName: input.TableName,
    Key: { PK: { S: input.Key.PK }, SK: { S: input.Key.SK } },
  });
  const gets = [];
  for (let i = 0; i < 3; i++) gets.push(await timed(() => rawGet(body)));
  return { gets };
}
