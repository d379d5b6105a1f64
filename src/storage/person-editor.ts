import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { applyPersonInput, type Edit, mergedPerson, type PersonInput, type Progress } from '../domain/editorial.js';
import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { NameRefreshQueue } from '../domain/name-copies.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import { slugify } from '../domain/slug.js';
import { batchWrite } from './batch-write.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { edgePage, moveMention, moveParticipation } from './link-moves.js';
import { inBatches } from './in-batches.js';
import type { DynamoPersonRepository } from './person-store.js';
import { putRedirect, putTombstone } from './redirects.js';
import type { Table } from './table.js';

type Item = Record<string, unknown>;

/** An editor's writes on people: update, merge, delete (see schema/dynamodb.md, "Editing"). */
export class PersonEditor {
  constructor(
    private readonly table: Table,
    private readonly people: DynamoPersonRepository,
    /** Edges one merge or delete call moves at most (a person may be in thousands of articles). */
    private readonly budget: number,
    /** Where a rename's refresh of the articles' copies of the name goes (name-copies.ts). */
    private readonly renames: NameRefreshQueue,
  ) {}

  async update(id: string, input: PersonInput, at: string): Promise<Edit<Person>> {
    if (input.name !== undefined && !normalizeName(input.name)) throw new InvalidInputError('input.name: give a name');
    const before = await this.mustGet(id);
    const after = applyPersonInput(before, input, at);
    await this.people.savePerson(after);
    // The new name's slug leads here: person(slug:) finds it, and an import naming the new name links here.
    const slug = slugify(after.name);
    if (slug && slug !== id && !(await this.read(slug).then(Boolean)))
      await putRedirect(this.table, 'Person', slug, id, 'RENAMED', at);
    // Started whenever a name is given, changed or not: repeating a rename whose refresh failed restarts it.
    if (input.name !== undefined) await this.renames.start({ type: 'Person', id });
    return { before, after };
  }

  /**
   * Moves `from` into `into` in bounded calls: first the survivor takes the other's names and a
   * redirect is written (new imports and reads go to the survivor from then on), then a page of
   * mention and participation edges moves per call, and the last call deletes the merged person's
   * item and name lookups. A retry redoes nothing done: each move is conditional or idempotent.
   */
  async merge(into: string, from: string, at: string): Promise<Progress & { survivor: Person }> {
    if (into === from) throw new InvalidInputError('into and from are the same person');
    const survivor = await this.mustGet(into);
    const merged = await this.read(from);
    const redirected = (await this.redirect(from))?.to === into;
    if (!merged && !redirected) throw new NotFoundError(`no person with id "${from}"`);
    if (merged && !redirected) {
      await this.people.savePerson(mergedPerson(survivor, merged, at));
      await putRedirect(this.table, 'Person', from, into, 'MERGED', at);
    }
    const progress = await this.moveEdges(from, { id: into, name: survivor.name });
    if (progress.complete && merged) await this.remove(merged);
    return { ...progress, started: !redirected, survivor: await this.mustGet(into) };
  }

  /** Removes the person from articles (their text stays) and events, leaving a tombstone; bounded like merge. */
  async delete(id: string, reason: string, at: string): Promise<Progress> {
    const person = await this.read(id);
    const tombstoned = await this.isTombstoned(id);
    if (!person && !tombstoned) throw new NotFoundError(`no person with id "${id}"`);
    if (!tombstoned) await putTombstone(this.table, 'Person', id, reason, at);
    const progress = await this.moveEdges(id, undefined);
    if (progress.complete && person) await this.remove(person);
    return { ...progress, started: !tombstoned };
  }

  /** One page of mentions, then of participations; complete when both came back short of the budget. */
  private async moveEdges(from: string, to: { id: string; name: string } | undefined): Promise<Progress> {
    const where = { index: keys.INDEX.feeds, partition: keys.personPartition(from) };
    const mentions = await edgePage(this.table, { ...where, prefix: keys.ARTICLE_EDGE_PREFIX }, this.budget);
    await inBatches(mentions, (edge) => moveMention(this.table, edge, to));
    const left = this.budget - mentions.length;
    const events = left > 0 ? await edgePage(this.table, { ...where, prefix: keys.EVENT_EDGE_PREFIX }, left) : [];
    await inBatches(events, (edge) =>
      moveParticipation(this.table, edge, to && participationOf(edge, to), { loses: String(edge.eventId) }),
    );
    return { complete: mentions.length + events.length < this.budget, moved: mentions.length + events.length };
  }

  /** The person's name lookups, then the item itself. */
  private async remove(person: Person): Promise<void> {
    const names = [...new Set([person.name, ...person.aliases].map(normalizeName).filter(Boolean))];
    await batchWrite(
      this.table,
      names.map((name) => ({ delete: keys.nameKey(name, person.id) })),
    );
    await this.table.send(new DeleteCommand({ TableName: this.table.name, Key: keys.personKey(person.id) }));
  }

  private async read(id: string): Promise<Person | undefined> {
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.personKey(id), ConsistentRead: true }),
    );
    return Item ? items.fromPersonItem(Item) : undefined;
  }

  private async mustGet(id: string): Promise<Person> {
    const person = await this.read(id);
    if (!person) throw new NotFoundError(`no person with id "${id}"`);
    return person;
  }

  private async redirect(id: string): Promise<Item | undefined> {
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.redirectKey('Person', id), ConsistentRead: true }),
    );
    return Item;
  }

  private isTombstoned = async (id: string) => (await this.redirect(id))?.type === 'Tombstone';
}

/** The survivor's edge for the same event: the event copy kept, the person changed. */
function participationOf(edge: Item, to: { id: string; name: string }): Item {
  const { PK: _pk, SK: _sk, GSI1PK: _gpk, GSI1SK, ...rest } = edge;
  const eventId = String(edge.eventId);
  const start = String(GSI1SK).slice(keys.EVENT_EDGE_PREFIX.length, -(eventId.length + 1));
  return {
    ...rest,
    ...keys.participationKeys(eventId, to.id, start, String(edge.kind)),
    personId: to.id,
    personName: to.name,
  };
}
