import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../../src/storage/table-definition.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('definition');
});
afterAll(() => table.drop());

describe('ensureTable', () => {
  it('creates the table from infra/table.yml with both indexes', async () => {
    const { Table } = await table.client.base.send(new DescribeTableCommand({ TableName: table.tableName }));

    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ]);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['GSI1', 'GSI2']);
  });

  it('leaves an existing table alone', async () => {
    expect(await ensureTable(table.client, table.tableName)).toBe(false);
  });
});
