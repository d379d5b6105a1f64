import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoArticleRepository } from './article-store.js';
import { DynamoEntityReader } from './entity-store.js';
import { DynamoEventRepository } from './event-store.js';
import { DynamoPersonRepository } from './person-store.js';

/** Every repository over one table, sharing the process's client. */
export function createRepositories(client: DynamoDBDocumentClient, table: string) {
  return {
    articles: new DynamoArticleRepository(client, table),
    people: new DynamoPersonRepository(client, table),
    events: new DynamoEventRepository(client, table),
    entities: new DynamoEntityReader(client, table),
  };
}
