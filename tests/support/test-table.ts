import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { openDatabase } from '../../src/local/database.js';
import { countCalls } from './call-counter.js';

/** A fresh table in the shared DynamoDB Local, created from infra/table.yml, for one test file. */
export async function createTestTable(prefix = 'test') {
  let calls: ReturnType<typeof countCalls> | undefined;
  const database = await openDatabase({
    endpoint: inject('dynamodbEndpoint'),
    tableName: `${prefix}-${randomUUID().slice(0, 8)}`,
    // Counted from the start: the client resolves each command's middleware once, at its first call.
    beforeFirstCall: (client) => {
      calls = countCalls(client);
    },
  });
  const { endpoint, tableName, client, repositories } = database;
  return {
    endpoint,
    tableName,
    client,
    calls: calls as ReturnType<typeof countCalls>,
    ...repositories,
    drop: () => client.base.send(new DeleteTableCommand({ TableName: tableName })),
  };
}

export type TestTable = Awaited<ReturnType<typeof createTestTable>>;
