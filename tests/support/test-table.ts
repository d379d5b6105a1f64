import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient } from '../../src/storage/client.js';
import { createRepositories } from '../../src/storage/repositories.js';
import { ensureTable } from '../../src/storage/table-definition.js';

/** A fresh table in the shared DynamoDB Local, created from infra/table.yml, for one test file. */
export async function createTestTable(prefix = 'test') {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const client = createDocumentClient({ region: 'us-east-1', endpoint });
  await ensureTable(client, tableName);
  return {
    endpoint,
    tableName,
    client,
    ...createRepositories(client, tableName),
    drop: () => client.send(new DeleteTableCommand({ TableName: tableName })),
  };
}

export type TestTable = Awaited<ReturnType<typeof createTestTable>>;
