import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient } from '../../src/storage/client.js';
import { countCalls } from './call-counter.js';
import { createRepositories } from '../../src/storage/repositories.js';
import { ensureTable } from '../../src/storage/table-definition.js';

/** A fresh table in the shared DynamoDB Local, created from infra/table.yml, for one test file. */
export async function createTestTable(prefix = 'test') {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const client = createDocumentClient({ region: 'us-east-1', endpoint });
  // Counted from the start: the client resolves each command's middleware once, at its first call.
  const calls = countCalls(client);
  await ensureTable(client, tableName);
  return {
    endpoint,
    tableName,
    client,
    calls,
    ...createRepositories(client, tableName),
    drop: () => client.base.send(new DeleteTableCommand({ TableName: tableName })),
  };
}

export type TestTable = Awaited<ReturnType<typeof createTestTable>>;
