import type { DocumentClient } from './document-client.js';
import type { Config } from '../config.js';
import { createDocumentClient } from './client.js';
import { DynamoArticleRepository } from './article-store.js';
import { DynamoEntityReader } from './entity-store.js';
import { DynamoEventRepository } from './event-store.js';
import { DynamoImportRunRepository } from './import-run-store.js';
import { DynamoPersistedOperationStore } from './persisted-operation-store.js';
import { DynamoPersonRepository } from './person-store.js';
import { DynamoSourceStateStore } from './source-state-store.js';
import { DynamoTermRepository } from './term-store.js';

/** Every repository over one table, sharing the process's client. */
export function createRepositories(client: DocumentClient, table: string) {
  return {
    articles: new DynamoArticleRepository(client, table),
    people: new DynamoPersonRepository(client, table),
    events: new DynamoEventRepository(client, table),
    terms: new DynamoTermRepository(client, table),
    entities: new DynamoEntityReader(client, table),
    runs: new DynamoImportRunRepository(client, table),
    sources: new DynamoSourceStateStore(client, table),
    persistedOperations: new DynamoPersistedOperationStore(client, table),
  };
}

/** The repositories a Lambda handler builds once per cold start, from its configuration. */
export function repositoriesFromConfig(settings: Pick<Config, 'region' | 'dynamodbEndpoint' | 'tableName'>) {
  return createRepositories(
    createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint }),
    settings.tableName,
  );
}
