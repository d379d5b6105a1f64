import { randomUUID } from 'node:crypto';
import { InvalidInputError } from './errors.js';
import type { Page, PageRequest } from './pagination.js';

/** Who the audit log names for a request made with the operator key (IAM requests name their principal). */
export const KEY_OPERATOR = 'local operator';

/** What an audit entry is about: an entity type (the GraphQL type name) and its stored id. */
export interface AuditSubject {
  type: string;
  id: string;
}

/** One operator action on one entity: who, when, what, why, and the values before and after. */
export interface AuditEntry {
  subject: AuditSubject;
  /** The mutation's name (`unpublishArticle`). */
  operation: string;
  /** The operator: an IAM principal ARN, or "local operator" for the operator key. */
  actor: string;
  /** ISO instant; with `sequence` it orders the entity's log. */
  at: string;
  /** Breaks ties between entries of the same millisecond. */
  sequence: string;
  reason?: string;
  /** Changed values only, as JSON-compatible objects (bounded, see MAX_VALUE_CHARS). */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export interface AuditRecord {
  subject: AuditSubject;
  operation: string;
  actor: string;
  reason?: string | null;
  /** Required for operations that take one: a takedown without a reason is refused. */
  reasonRequired?: boolean;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** The port storage implements: an entity's log newest first, and an entry written on its own. */
export interface AuditLogRepository {
  list(subject: AuditSubject, page: PageRequest): Promise<Page<AuditEntry>>;
  /** For a change that cannot share a transaction with its entry; prefer writing both in one. */
  append(entry: AuditEntry): Promise<void>;
}

export const MAX_REASON_CHARS = 2000;
/** Whole values could exceed DynamoDB's 400 KB item: beyond this, the entry keeps a marker instead. */
export const MAX_VALUE_CHARS = 50_000;

/**
 * The audit entry of one operator action, validated (a reason is trimmed, required when the
 * operation takes one, and bounded). Mutations build it before writing, then write it with the change.
 */
export function recordAudit(record: AuditRecord, now: Date = new Date()): AuditEntry {
  const reason = record.reason?.trim();
  if (record.reasonRequired && !reason) throw new InvalidInputError(`${record.operation}: reason must not be empty`);
  if (reason && reason.length > MAX_REASON_CHARS)
    throw new InvalidInputError(
      `${record.operation}: reason is ${reason.length} characters, at most ${MAX_REASON_CHARS}`,
    );
  return {
    subject: record.subject,
    operation: record.operation,
    actor: record.actor,
    at: now.toISOString(),
    sequence: randomUUID().slice(0, 8),
    ...(reason ? { reason } : {}),
    ...(record.before ? { before: bounded(record.before) } : {}),
    ...(record.after ? { after: bounded(record.after) } : {}),
  };
}

function bounded(value: Record<string, unknown>): Record<string, unknown> {
  const chars = JSON.stringify(value).length;
  return chars > MAX_VALUE_CHARS ? { truncated: true, fields: Object.keys(value), chars } : value;
}
