import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query-all.js';
import { batchWrite } from './batch-write.js';
import type { Table } from './table.js';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DocumentOutcome, DocumentResult, ImportRun, ImportRunRepository } from '../domain/import-run.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import { counterUpdate } from './counters.js';
import * as keys from './keys.js';
import { mapPage, queryPage } from './paged-query.js';

/** Import runs: the run item and one item per document in the run's collection (see schema/dynamodb.md). */
export class DynamoImportRunRepository implements ImportRunRepository {
  constructor(private readonly table: Table) {}

  async start(run: ImportRun): Promise<boolean> {
    // The run and its count in one transaction: a run started twice (a retried delivery) counts once.
    try {
      await this.table.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table.name,
                Item: runItem(run),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            { Update: { TableName: this.table.name, ...counterUpdate(keys.listName(keys.RUNS_LIST), 1) } },
          ],
        }),
      );
      return true;
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return false;
      throw error;
    }
  }

  async finish(run: ImportRun): Promise<void> {
    const items = run.documents.map((document, index) => ({
      ...keys.runDocumentKey(run.id, index),
      type: 'RunDocument',
      ...document,
    }));
    await batchWrite(
      this.table,
      items.map((item) => ({ put: item })),
    );
    // The run item is written last: once it says finished, every document outcome is there.
    await this.table.send(
      new UpdateCommand({
        TableName: this.table.name,
        Key: keys.runKey(run.id),
        UpdateExpression: 'SET #status = :status, finishedAt = :finishedAt, counts = :counts, message = :message',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': run.status,
          ':finishedAt': run.finishedAt ?? new Date().toISOString(),
          ':counts': run.counts,
          ':message': run.message ?? null,
        },
      }),
    );
  }

  async getRun(id: string): Promise<ImportRun | undefined> {
    const { Item } = await this.table.send(new GetCommand({ TableName: this.table.name, Key: keys.runKey(id) }));
    return Item ? { ...fromRunItem(Item), documents: [] } : undefined;
  }

  async documents(id: string, page: PageRequest, outcome?: DocumentOutcome): Promise<Page<DocumentResult>> {
    const found = await queryPage(
      this.table,
      {
        partitionAttribute: 'PK',
        sortAttribute: 'SK',
        partition: keys.runPartition(id),
        prefix: keys.RUN_DOCUMENT_PREFIX,
        descending: false,
        ...(outcome
          ? {
              filter: {
                expression: '#outcome = :outcome',
                names: { '#outcome': 'outcome' },
                values: { ':outcome': outcome },
              },
            }
          : {}),
      },
      page,
    );
    return mapPage(found, fromDocumentItem);
  }

  async get(id: string): Promise<ImportRun | undefined> {
    const items = await queryAll(this.table, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.runPartition(id) },
    });
    const run = items.find((item) => item.type === 'ImportRun');
    if (!run) return undefined;
    const documents = items.filter((item) => item.type === 'RunDocument').map(fromDocumentItem);
    return { ...fromRunItem(run), documents };
  }

  async list(page: PageRequest): Promise<Page<ImportRun>> {
    const found = await queryPage(
      this.table,
      {
        index: keys.INDEX.feeds,
        partitionAttribute: 'GSI1PK',
        sortAttribute: 'GSI1SK',
        partition: keys.RUNS_LIST,
        descending: true,
        list: keys.listName(keys.RUNS_LIST),
      },
      page,
    );
    return mapPage(found, (item) => ({ ...fromRunItem(item), documents: [] }));
  }
}

function runItem(run: ImportRun) {
  const { documents: _stored, ...fields } = run;
  return { ...keys.runKey(run.id), ...keys.runListKeys(run.startedAt, run.id), type: 'ImportRun', ...fields };
}

function fromRunItem(item: Record<string, unknown>): Omit<ImportRun, 'documents'> {
  return {
    id: String(item.id),
    source: String(item.source),
    startedAt: String(item.startedAt),
    ...(item.finishedAt ? { finishedAt: String(item.finishedAt) } : {}),
    status: item.status as ImportRun['status'],
    counts: item.counts as ImportRun['counts'],
    ...(item.message ? { message: String(item.message) } : {}),
  };
}

function fromDocumentItem(item: Record<string, unknown>): DocumentResult {
  return {
    document: String(item.document),
    outcome: item.outcome as DocumentResult['outcome'],
    ...(item.reason ? { reason: String(item.reason) } : {}),
    ...(item.articleId ? { articleId: String(item.articleId) } : {}),
    ...(item.headline ? { headline: String(item.headline) } : {}),
    ...(Array.isArray(item.flags) ? { flags: item.flags.map(String) } : {}),
  };
}
