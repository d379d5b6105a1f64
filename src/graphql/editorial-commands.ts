import { type AuditLogRepository, recordAudit } from '../domain/audit.js';
import type {
  Edit,
  EditableEntity,
  EditorialRepository,
  EventInput,
  PersonInput,
  Progress,
} from '../domain/editorial.js';
import { InvalidInputError } from '../domain/errors.js';
import { idOrSlug } from './arguments.js';
import type { OperatorSession } from './operator-session.js';

const MAX_NAME = 300;

/**
 * The editors' mutations on people and events, in the house order: operator, input, the change, then
 * its audit entry. These changes span many items and, for merges and deletes, several calls, so no one
 * transaction can hold the entry: it is appended once the change (or, for a merge or delete, the call
 * that wrote its redirect or tombstone) has succeeded, with the changed values only.
 */
export class EditorialCommands {
  constructor(
    private readonly editorial: EditorialRepository,
    private readonly log: AuditLogRepository,
    private readonly session: OperatorSession,
  ) {}

  async updatePerson(id: string, input: PersonInput, reason?: string | null) {
    const actor = this.session.actor();
    checkNames('input', input.name, input.aliases);
    const personId = this.id('Person', id, 'id');
    const edit = await this.editorial.updatePerson(personId, input, now());
    await this.audit('Person', personId, 'updatePerson', actor, reason, changed(edit));
    return edit.after;
  }

  async updateEvent(id: string, input: EventInput, reason?: string | null) {
    const actor = this.session.actor();
    checkNames('input', input.name);
    const eventId = this.id('Event', id, 'id');
    const edit = await this.editorial.updateEvent(eventId, input, now());
    const { participantCount: _b, ...before } = edit.before;
    const { participantCount: _a, ...after } = edit.after;
    const values = changed({ before, after });
    await this.audit('Event', eventId, 'updateEvent', actor, reason, {
      before: values.before,
      after: { ...values.after, ...participantChanges(input) },
    });
    return edit.after;
  }

  async mergePeople(into: string, from: string, reason?: string | null) {
    const actor = this.session.actor();
    const [intoId, fromId] = [this.id('Person', into, 'into'), this.id('Person', from, 'from')];
    const result = await this.editorial.mergePeople(intoId, fromId, now());
    await this.auditStep('Person', fromId, 'mergePeople', actor, reason, result, { mergedInto: intoId });
    return result;
  }

  async mergeEvents(into: string, from: string, reason?: string | null) {
    const actor = this.session.actor();
    const [intoId, fromId] = [this.id('Event', into, 'into'), this.id('Event', from, 'from')];
    const result = await this.editorial.mergeEvents(intoId, fromId, now());
    await this.auditStep('Event', fromId, 'mergeEvents', actor, reason, result, { mergedInto: intoId });
    return result;
  }

  async delete(type: EditableEntity, id: string, reason: string) {
    const actor = this.session.actor();
    const operation = type === 'Person' ? 'deletePerson' : 'deleteEvent';
    recordAudit({ subject: { type, id }, operation, actor, reason, reasonRequired: true });
    const entityId = this.id(type, id, 'id');
    const at = now();
    const result =
      type === 'Person'
        ? await this.editorial.deletePerson(entityId, reason.trim(), at)
        : await this.editorial.deleteEvent(entityId, reason.trim(), at);
    await this.auditStep(type, entityId, operation, actor, reason, result, { deleted: true });
    return result;
  }

  async restore(type: EditableEntity, id: string, reason?: string | null) {
    const actor = this.session.actor();
    const entityId = this.id(type, id, 'id');
    const restored =
      type === 'Person' ? await this.editorial.restorePerson(entityId) : await this.editorial.restoreEvent(entityId);
    const operation = type === 'Person' ? 'restorePerson' : 'restoreEvent';
    if (restored)
      await this.audit(type, entityId, operation, actor, reason, {
        before: { deleted: true },
        after: { deleted: false },
      });
    return restored;
  }

  private id(type: EditableEntity, value: string, argument: string): string {
    return idOrSlug(type, value, argument) as string;
  }

  /** A merge or delete is audited by the call that decided it (wrote the redirect or tombstone). */
  private async auditStep(
    type: EditableEntity,
    id: string,
    operation: string,
    actor: string,
    reason: string | null | undefined,
    progress: Progress & { started?: boolean },
    after: Record<string, unknown>,
  ) {
    if (progress.started) await this.audit(type, id, operation, actor, reason, { after });
  }

  private async audit(
    type: EditableEntity,
    id: string,
    operation: string,
    actor: string,
    reason: string | null | undefined,
    values: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  ) {
    await this.log.append(recordAudit({ subject: { type, id }, operation, actor, reason: reason ?? null, ...values }));
  }
}

const now = () => new Date().toISOString();

function checkNames(argument: string, name?: string, aliases?: readonly string[]) {
  for (const value of [name, ...(aliases ?? [])])
    if (value !== undefined && value.length > MAX_NAME)
      throw new InvalidInputError(`${argument}: a name is at most ${MAX_NAME} characters, got ${value.length}`);
  if (aliases && aliases.length > 500) throw new InvalidInputError(`${argument}.aliases: at most 500`);
}

/** Only the fields an edit changed, before and after (bookkeeping such as updatedAt left out). */
function changed<T extends object>({ before, after }: Edit<T>) {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (field) => field !== 'updatedAt' && field !== 'overrides' && JSON.stringify(b[field]) !== JSON.stringify(a[field]),
  );
  return {
    before: Object.fromEntries(fields.map((f) => [f, b[f] ?? null])),
    after: Object.fromEntries(fields.map((f) => [f, a[f] ?? null])),
  };
}

const participantChanges = (input: EventInput) => ({
  ...(input.addParticipants?.length ? { addedParticipants: input.addParticipants } : {}),
  ...(input.removeParticipants?.length ? { removedParticipants: input.removeParticipants } : {}),
});
