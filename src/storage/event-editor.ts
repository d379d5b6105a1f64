import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { applyEventInput, type Edit, type EventInput, type Progress } from '../domain/editorial.js';
import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { NameRefreshQueue } from '../domain/name-copies.js';
import type { NewsEvent } from '../domain/event.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import { slugify } from '../domain/slug.js';
import { batchGetItems } from './batch-get.js';
import type { DynamoEventRepository } from './event-store.js';
import { inBatches } from './in-batches.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { edgePage, moveCoverage, moveParticipation } from './link-moves.js';
import { putRedirect, putTombstone } from './redirects.js';
import type { Table } from './table.js';

type Item = Record<string, unknown>;

/** An editor's writes on events: update, merge, delete (see schema/dynamodb.md, "Editing"). */
export class EventEditor {
  constructor(
    private readonly table: Table,
    private readonly events: DynamoEventRepository,
    private readonly budget: number,
    /** Where a rename's refresh of the articles' copies of the name goes (name-copies.ts). */
    private readonly renames: NameRefreshQueue,
  ) {}

  /**
   * The event's fields through the event write (which rewrites the timeline copies when they change),
   * added participants as new edges, removed ones taken out (and remembered, so imports do not bring
   * them back), then the editors' bookkeeping on the event item.
   */
  async update(id: string, input: EventInput, at: string): Promise<Edit<NewsEvent>> {
    if (input.name !== undefined && !normalizeName(input.name)) throw new InvalidInputError('input.name: give a name');
    const before = await this.mustGet(id);
    const after = applyEventInput(before, input, at);
    const { participantCount: _count, ...fields } = after;
    await this.events.saveEvent({ ...fields, participants: await this.people(input.addParticipants ?? []) });
    await inBatches(input.removeParticipants ?? [], (personId) =>
      moveParticipation(this.table, keys.participationKey(id, personId) as unknown as Item, undefined, { loses: id }),
    );
    await this.table.send(
      new UpdateCommand({
        TableName: this.table.name,
        Key: keys.eventKey(id),
        UpdateExpression: after.removedParticipants
          ? 'SET overrides = :overrides, removedParticipants = :removed'
          : 'SET overrides = :overrides REMOVE removedParticipants',
        ExpressionAttributeValues: {
          ':overrides': after.overrides ?? [],
          ...(after.removedParticipants ? { ':removed': after.removedParticipants } : {}),
        },
      }),
    );
    const slug = slugify(`${after.name} ${after.start?.value ?? ''}`);
    if (slug && slug !== id && !(await this.read(slug)))
      await putRedirect(this.table, 'Event', slug, id, 'RENAMED', at);
    // Started whenever a name is given, changed or not: repeating a rename whose refresh failed restarts it.
    if (input.name !== undefined) await this.renames.start({ type: 'Event', id });
    return { before, after: await this.mustGet(id) };
  }

  /**
   * Moves `from` into `into` in bounded calls, as people merge: redirect first, then a page of coverage
   * and participation edges per call, the merged event's item last.
   */
  async merge(into: string, from: string, at: string): Promise<Progress & { survivor: NewsEvent }> {
    if (into === from) throw new InvalidInputError('into and from are the same event');
    const survivor = await this.mustGet(into);
    const merged = await this.read(from);
    const redirected = (await this.redirect(from))?.to === into;
    if (!merged && !redirected) throw new NotFoundError(`no event with id "${from}"`);
    if (merged && !redirected) await putRedirect(this.table, 'Event', from, into, 'MERGED', at);
    const progress = await this.moveEdges(from, survivor);
    if (progress.complete && merged) await this.removeItem(from);
    return { ...progress, started: !redirected, survivor: await this.mustGet(into) };
  }

  /** Takes the event off its articles (their text stays) and its participants, leaving a tombstone. */
  async delete(id: string, reason: string, at: string): Promise<Progress> {
    const event = await this.read(id);
    const tombstoned = (await this.redirect(id))?.type === 'Tombstone';
    if (!event && !tombstoned) throw new NotFoundError(`no event with id "${id}"`);
    if (!tombstoned) await putTombstone(this.table, 'Event', id, reason, at);
    const progress = await this.moveEdges(id, undefined);
    if (progress.complete && event) await this.removeItem(id);
    return { ...progress, started: !tombstoned };
  }

  private async moveEdges(from: string, to: NewsEvent | undefined): Promise<Progress> {
    const coverage = await edgePage(
      this.table,
      { index: keys.INDEX.feeds, partition: keys.eventPartition(from), prefix: keys.ARTICLE_EDGE_PREFIX },
      this.budget,
    );
    await inBatches(coverage, (edge) => moveCoverage(this.table, edge, to && { id: to.id, name: to.name }));
    const left = this.budget - coverage.length;
    const participants =
      left > 0
        ? await edgePage(this.table, { partition: keys.eventPartition(from), prefix: keys.PARTICIPANT_PREFIX }, left)
        : [];
    await inBatches(participants, (edge) =>
      moveParticipation(this.table, edge, to && intoEvent(edge, to), to ? { gains: to.id } : {}),
    );
    const moved = coverage.length + participants.length;
    return { complete: moved < this.budget, moved };
  }

  /** Participants to add, with their names; every one must exist. */
  private async people(ids: readonly string[]) {
    const found = (await batchGetItems(this.table, ids.map(keys.personKey), { consistent: true })).map((item) =>
      items.fromPersonItem(item),
    );
    const missing = ids.filter((id) => !found.some((p: Person) => p.id === id));
    if (missing.length)
      throw new InvalidInputError(`input.addParticipants: no person with id "${missing.join('", "')}"`);
    return found.map((p) => ({ personId: p.id, name: p.name }));
  }

  private async removeItem(id: string): Promise<void> {
    await this.table.send(new DeleteCommand({ TableName: this.table.name, Key: keys.eventKey(id) }));
  }

  private async read(id: string): Promise<NewsEvent | undefined> {
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.eventKey(id), ConsistentRead: true }),
    );
    return Item ? items.fromEventItem(Item) : undefined;
  }

  private async mustGet(id: string): Promise<NewsEvent> {
    const event = await this.read(id);
    if (!event) throw new NotFoundError(`no event with id "${id}"`);
    return event;
  }

  private async redirect(id: string): Promise<Item | undefined> {
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.redirectKey('Event', id), ConsistentRead: true }),
    );
    return Item;
  }
}

/** The participant's edge on the surviving event, with that event's copy. */
const intoEvent = (edge: Item, event: NewsEvent): Item =>
  items.toParticipationItem(
    { personId: String(edge.personId), name: String(edge.personName) },
    event,
  ) as unknown as Item;
