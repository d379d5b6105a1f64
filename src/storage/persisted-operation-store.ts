import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './document-client.js';
import type { PersistedOperationStore } from '../domain/persisted-operations.js';
import * as keys from './keys.js';

/** Persisted operations in the table, so every Lambda instance knows every registered hash. */
export class DynamoPersistedOperationStore implements PersistedOperationStore {
  constructor(
    private readonly client: DocumentClient,
    private readonly table: string,
  ) {}

  async get(sha256Hash: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.persistedOperationKey(sha256Hash) }),
    );
    // TTL deletes expired items within days, not at once: an expired one counts as gone.
    const expired = typeof Item?.expiresAt === 'number' && Item.expiresAt * 1000 < Date.now();
    return typeof Item?.query === 'string' && !expired ? Item.query : undefined;
  }

  async put(sha256Hash: string, query: string, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.persistedOperationKey(sha256Hash), type: 'PersistedOperation', query, expiresAt },
      }),
    );
  }
}
