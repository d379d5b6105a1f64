import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import type { PersistedOperationStore } from '../domain/persisted-operations.js';
import * as keys from './keys.js';

/** Persisted operations in the table, so every Lambda instance knows every registered hash. */
export class DynamoPersistedOperationStore implements PersistedOperationStore {
  constructor(private readonly table: Table) {}

  async get(sha256Hash: string): Promise<string | undefined> {
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.persistedOperationKey(sha256Hash) }),
    );
    // TTL deletes expired items within days, not at once: an expired one counts as gone.
    const expired = typeof Item?.expiresAt === 'number' && Item.expiresAt * 1000 < Date.now();
    return typeof Item?.query === 'string' && !expired ? Item.query : undefined;
  }

  async put(sha256Hash: string, query: string, expiresAt: number): Promise<void> {
    await this.table.send(
      new PutCommand({
        TableName: this.table.name,
        Item: { ...keys.persistedOperationKey(sha256Hash), type: 'PersistedOperation', query, expiresAt },
      }),
    );
  }
}
