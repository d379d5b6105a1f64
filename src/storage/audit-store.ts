import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLogRepository, AuditSubject } from '../domain/audit.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import * as keys from './keys.js';
import { mapPage, queryPage } from './paged-query.js';
import type { Table } from './table.js';
import { transactionAction, type DescribedAction } from './transactions.js';

/**
 * Audit entries in their entity's audit partition (schema/dynamodb.md, pattern 23). Before and after
 * values are stored as JSON text: they are read back whole, never queried, and any shape fits.
 */
export class DynamoAuditLog implements AuditLogRepository {
  constructor(private readonly table: Table) {}

  async list(subject: AuditSubject, page: PageRequest): Promise<Page<AuditEntry>> {
    const items = await queryPage(
      this.table,
      {
        partitionAttribute: 'PK',
        sortAttribute: 'SK',
        partition: keys.auditPartition(subject.type, subject.id),
        descending: true,
      },
      page,
    );
    return mapPage(items, fromAuditItem);
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.table.send(new PutCommand({ TableName: this.table.name, Item: toAuditItem(entry), ...notThere }));
  }
}

const notThere = { ConditionExpression: 'attribute_not_exists(PK)' };

/** The entry as one action of the transaction that makes the change it records: both happen, or neither. */
export function auditAction(table: Table, entry: AuditEntry): DescribedAction {
  return transactionAction(table, `audit entry ${entry.at} already exists`, {
    Put: { Item: toAuditItem(entry), ...notThere },
  });
}

function toAuditItem(entry: AuditEntry): Record<string, unknown> {
  return {
    ...keys.auditKey(entry.subject.type, entry.subject.id, entry.at, entry.sequence),
    type: 'AuditEntry',
    entityType: entry.subject.type,
    entityId: entry.subject.id,
    operation: entry.operation,
    actor: entry.actor,
    at: entry.at,
    sequence: entry.sequence,
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.before ? { before: JSON.stringify(entry.before) } : {}),
    ...(entry.after ? { after: JSON.stringify(entry.after) } : {}),
  };
}

function fromAuditItem(item: Record<string, unknown>): AuditEntry {
  return {
    subject: { type: String(item.entityType), id: String(item.entityId) },
    operation: String(item.operation),
    actor: String(item.actor),
    at: String(item.at),
    sequence: String(item.sequence),
    ...(typeof item.reason === 'string' ? { reason: item.reason } : {}),
    ...(typeof item.before === 'string' ? { before: JSON.parse(item.before) } : {}),
    ...(typeof item.after === 'string' ? { after: JSON.parse(item.after) } : {}),
  };
}
