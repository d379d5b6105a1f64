import type { DocumentClient } from './document-client.js';
import type { Config } from '../config.js';
import { createDocumentClient } from './client.js';
import { Table } from './table.js';
import { DynamoArticleRepository } from './article-store.js';
import { DynamoArticleDeletionRepository } from './article-deletion.js';
import { DynamoArticleStatusRepository } from './article-status.js';
import { DynamoAuditLog } from './audit-store.js';
import { DynamoEditorialRepository } from './editorial-store.js';
import { DynamoListCounts } from './counters.js';
import { DynamoEntityReader } from './entity-store.js';
import { DynamoEventRepository } from './event-store.js';
import { DynamoImportRunRepository } from './import-run-store.js';
import { DynamoPersistedOperationStore } from './persisted-operation-store.js';
import { DynamoPersonRepository } from './person-store.js';
import { DynamoSourceStateStore } from './source-state-store.js';
import { DynamoTermRepository } from './term-store.js';

/** Every repository over one table, sharing the process's client. */
export function createRepositories(client: DocumentClient, tableName: string) {
  const table = new Table(client, tableName);
  const people = new DynamoPersonRepository(table);
  const events = new DynamoEventRepository(table);
  return {
    articles: new DynamoArticleRepository(table),
    people,
    events,
    editorial: new DynamoEditorialRepository(table, { people, events }),
    terms: new DynamoTermRepository(table),
    entities: new DynamoEntityReader(table),
    runs: new DynamoImportRunRepository(table),
    audit: new DynamoAuditLog(table),
    takedowns: new DynamoArticleStatusRepository(table),
    deletions: new DynamoArticleDeletionRepository(table),
    counts: new DynamoListCounts(table),
    sources: new DynamoSourceStateStore(table),
    persistedOperations: new DynamoPersistedOperationStore(table),
  };
}

/** The repositories a Lambda handler builds once per cold start, from its configuration. */
export function repositoriesFromConfig(settings: Pick<Config, 'region' | 'dynamodbEndpoint' | 'tableName'>) {
  return createRepositories(
    createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint }),
    settings.tableName,
  );
}
