import { decodeGlobalID } from '@pothos/plugin-relay';
import { type AuditEntry, type AuditLogRepository, type AuditSubject, recordAudit } from '../domain/audit.js';
import type { EntityType } from '../domain/entity-reader.js';
import { InvalidInputError } from '../domain/errors.js';
import { pageRequest, type Page, type PageArgs } from '../domain/pagination.js';
import { boundedKey, quoted } from './arguments.js';
import { type EntityQueries, found } from './entity-queries.js';
import type { OperatorSession } from './operator-session.js';

/** The entity types operators act on, whose audit log can be read. */
const AUDITED: readonly EntityType[] = ['Article', 'Person', 'Event'];

/** The entity a global ID names, for the audit log (its entity may since have been deleted). */
export function auditSubject(globalId: string, argument = 'entityId'): AuditSubject {
  boundedKey(argument, globalId);
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  if (!decoded?.id || !AUDITED.includes(decoded.typename as EntityType))
    throw new InvalidInputError(`${argument}: ${quoted(globalId)} is not the ID of an article, person or event`);
  return { type: decoded.typename, id: decoded.id };
}

/** The audit log for resolvers: reads, and the editor's note (the smallest audited mutation). */
export class AuditQueries {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly session: OperatorSession,
    private readonly entities: EntityQueries,
  ) {}

  list(entityId: string, args: PageArgs): Promise<Page<AuditEntry>> {
    this.session.actor();
    return this.log.list(auditSubject(entityId), pageRequest(args));
  }

  /**
   * The mutation pattern: operator first, then input (BAD_USER_INPUT), then the entity (NOT_FOUND),
   * then the audit entry, written with the change (here there is none but the entry itself).
   */
  async addNote(entityId: string, note: string): Promise<AuditEntry> {
    const actor = this.session.actor();
    const subject = auditSubject(entityId);
    const entry = recordAudit({ subject, operation: 'addAuditNote', actor, reason: note, reasonRequired: true });
    found(await this.entities.find(subject.type as EntityType, subject.id, []), subject.type.toLowerCase(), entityId);
    await this.log.append(entry);
    return entry;
  }
}
