import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import * as keys from './keys.js';

export interface StoredSourceState {
  etag?: string;
  lastModified?: string;
}

/** Per-source HTTP validators and the scheduled import's resume position. */
export class DynamoSourceStateStore {
  constructor(private readonly table: Table) {}

  async get(url: string): Promise<StoredSourceState> {
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.sourceStateKey(hash(url)) }),
    );
    return {
      ...(Item?.etag ? { etag: String(Item.etag) } : {}),
      ...(Item?.lastModified ? { lastModified: String(Item.lastModified) } : {}),
    };
  }

  async put(url: string, state: StoredSourceState): Promise<void> {
    await this.table.send(
      new PutCommand({
        TableName: this.table.name,
        Item: { ...keys.sourceStateKey(hash(url)), type: 'SourceState', url, ...state },
      }),
    );
  }

  /** Index of the source the next scheduled run starts with. */
  async getCursor(): Promise<number> {
    const { Item } = await this.table.send(new GetCommand({ TableName: this.table.name, Key: keys.IMPORT_CURSOR_KEY }));
    return Number(Item?.next ?? 0);
  }

  async putCursor(next: number): Promise<void> {
    await this.table.send(
      new PutCommand({ TableName: this.table.name, Item: { ...keys.IMPORT_CURSOR_KEY, type: 'ImportCursor', next } }),
    );
  }
}

const hash = (url: string) => createHash('sha256').update(url).digest('base64url').slice(0, 22);
