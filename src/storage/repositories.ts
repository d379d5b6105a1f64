import type { DocumentClient } from './document-client.js';
import type { Config } from '../config.js';
import type { EditableEntity } from '../domain/editorial.js';
import type { NameRefreshJob, NameRefreshQueue } from '../domain/name-copies.js';
import { createDocumentClient } from './client.js';
import { Table } from './table.js';
import { DynamoArticleReader, DynamoArticleRepository } from './article-store.js';
import { DynamoArticleDeletionRepository } from './article-deletion.js';
import { DynamoArticleStatusRepository } from './article-status.js';
import { DynamoAuditLog } from './audit-store.js';
import { DynamoEditorialRepository, EDIT_BUDGET } from './editorial-store.js';
import { InlineNameRefresh, refreshNameCopies } from './name-copies.js';
import { DynamoListCounts } from './counters.js';
import { DynamoEntityReader } from './entity-store.js';
import { DynamoEventRepository } from './event-store.js';
import { DynamoImportRunRepository } from './import-run-store.js';
import { DynamoPersistedOperationStore } from './persisted-operation-store.js';
import { DynamoPersonRepository } from './person-store.js';
import { resolveIds } from './redirects.js';
import { DynamoSourceStateStore } from './source-state-store.js';
import { DynamoTermRepository } from './term-store.js';

type Settings = Pick<Config, 'region' | 'dynamodbEndpoint' | 'tableName'>;

/**
 * What the public API reads, over one table: no article writer and no editors' writes, so esbuild
 * leaves them (and the slug transliteration they need) out of the public handler's bundle.
 */
function readRepositories(table: Table) {
  return {
    articles: new DynamoArticleReader(table),
    people: new DynamoPersonRepository(table),
    events: new DynamoEventRepository(table),
    editorial: { resolve: (entity: EditableEntity, ids: readonly string[]) => resolveIds(table, entity, ids) },
    terms: new DynamoTermRepository(table),
    entities: new DynamoEntityReader(table),
    runs: new DynamoImportRunRepository(table),
    audit: new DynamoAuditLog(table),
    counts: new DynamoListCounts(table),
    persistedOperations: new DynamoPersistedOperationStore(table),
  };
}

/** Every repository over one table, sharing the process's client: the operator API's and the importer's. */
export function createRepositories(client: DocumentClient, tableName: string, renames?: NameRefreshQueue) {
  const table = new Table(client, tableName);
  const reads = readRepositories(table);
  return {
    ...reads,
    articles: new DynamoArticleRepository(table),
    editorial: new DynamoEditorialRepository(table, reads, EDIT_BUDGET, renames ?? new InlineNameRefresh(table)),
    /** A step of a rename's refresh (the queue worker's). */
    nameCopies: { step: (job: NameRefreshJob) => refreshNameCopies(table, job) },
    takedowns: new DynamoArticleStatusRepository(table),
    deletions: new DynamoArticleDeletionRepository(table),
    sources: new DynamoSourceStateStore(table),
  };
}

/** The public API's repositories over one table (see readRepositories). */
export function createReadRepositories(client: DocumentClient, tableName: string) {
  return readRepositories(new Table(client, tableName));
}

const clientFor = (settings: Settings) =>
  createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint });

/** The repositories a Lambda handler builds once per cold start, from its configuration. */
export function repositoriesFromConfig(settings: Settings, renames?: NameRefreshQueue) {
  return createRepositories(clientFor(settings), settings.tableName, renames);
}

/** The public handler's: reads only (see readRepositories). */
export function readRepositoriesFromConfig(settings: Settings) {
  return createReadRepositories(clientFor(settings), settings.tableName);
}
