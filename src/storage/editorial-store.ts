import type { NameRefreshQueue } from '../domain/name-copies.js';
import type { EditableEntity, EditorialRepository, EventInput, PersonInput, Resolution } from '../domain/editorial.js';
import { EventEditor } from './event-editor.js';
import type { DynamoEventRepository } from './event-store.js';
import { InlineNameRefresh } from './name-copies.js';
import { PersonEditor } from './person-editor.js';
import type { DynamoPersonRepository } from './person-store.js';
import { removeTombstone, resolveIds } from './redirects.js';
import type { Table } from './table.js';

/**
 * Edges one merge or delete call moves at most: about four writes each, so a call stays well inside
 * a Lambda's time whatever the person's coverage; the caller repeats until `complete`.
 */
export const EDIT_BUDGET = 200;

/** The editors' writes on people and events over the one table. */
export class DynamoEditorialRepository implements EditorialRepository {
  private readonly people: PersonEditor;
  private readonly events: EventEditor;

  constructor(
    private readonly table: Table,
    repositories: { people: DynamoPersonRepository; events: DynamoEventRepository },
    budget = EDIT_BUDGET,
    /** Deployed: the refresh queue; otherwise each rename refreshes the copies before it returns. */
    renames: NameRefreshQueue = new InlineNameRefresh(table),
  ) {
    this.people = new PersonEditor(table, repositories.people, budget, renames);
    this.events = new EventEditor(table, repositories.events, budget, renames);
  }

  updatePerson = (id: string, input: PersonInput, at: string) => this.people.update(id, input, at);
  mergePeople = (into: string, from: string, at: string) => this.people.merge(into, from, at);
  deletePerson = (id: string, reason: string, at: string) => this.people.delete(id, reason, at);
  restorePerson = (id: string) => removeTombstone(this.table, 'Person', id);
  updateEvent = (id: string, input: EventInput, at: string) => this.events.update(id, input, at);
  mergeEvents = (into: string, from: string, at: string) => this.events.merge(into, from, at);
  deleteEvent = (id: string, reason: string, at: string) => this.events.delete(id, reason, at);
  restoreEvent = (id: string) => removeTombstone(this.table, 'Event', id);

  resolve(entity: EditableEntity, ids: readonly string[]): Promise<Map<string, Resolution>> {
    return resolveIds(this.table, entity, ids);
  }
}
