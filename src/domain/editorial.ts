import type { EventKind, NewsEvent, PartialDate, Place, StatedDate } from './event.js';
import { normalizeName } from './names.js';
import type { Person } from './person.js';

/**
 * An editor's change to a person. Absent fields stay as they are; `null` clears an optional one.
 * Every field given becomes an editorial override: a later import never changes it again.
 */
export interface PersonInput {
  name?: string;
  /** The whole list; without it a rename keeps the old name as an alias (articles printed it). */
  aliases?: string[];
  description?: string | null;
}

/** An editor's change to an event; participants are added and removed by person id. */
export interface EventInput {
  name?: string;
  kind?: EventKind;
  start?: PartialDate | null;
  end?: PartialDate | null;
  /** A date the text states but nobody can vouch for: start is cleared, the statement is kept. */
  statedDate?: StatedDate | null;
  place?: Place | null;
  description?: string | null;
  addParticipants?: string[];
  removeParticipants?: string[];
}

/** The entity before and after one edit, for the audit log. */
export interface Edit<T> {
  before: T;
  after: T;
}

/**
 * How far a merge or delete got. Each call does a bounded amount of work (a page of edges); an
 * incomplete one is finished by calling again with the same arguments (every step is idempotent).
 */
export interface Progress {
  complete: boolean;
  /** Article links (mentions, coverage) and participations moved or removed by this call. */
  moved: number;
  /** This call wrote the redirect or tombstone: the one that decided the change (and is audited). */
  started?: boolean;
}

/** What an id now means for imports and reads: itself, another id (merged, renamed), or deleted. */
export type Resolution = { to: string } | { deleted: true };

export type EditableEntity = 'Person' | 'Event';

/** The editors' writes on people and events (see schema/dynamodb.md, "Editing"). */
export interface EditorialRepository {
  updatePerson(id: string, input: PersonInput, at: string): Promise<Edit<Person>>;
  mergePeople(into: string, from: string, at: string): Promise<Progress & { survivor: Person }>;
  deletePerson(id: string, reason: string, at: string): Promise<Progress>;
  restorePerson(id: string): Promise<boolean>;
  updateEvent(id: string, input: EventInput, at: string): Promise<Edit<NewsEvent>>;
  mergeEvents(into: string, from: string, at: string): Promise<Progress & { survivor: NewsEvent }>;
  deleteEvent(id: string, reason: string, at: string): Promise<Progress>;
  restoreEvent(id: string): Promise<boolean>;
  /** Ids that were merged, renamed away from or deleted, with what they now mean (absent: unchanged). */
  resolve(entity: EditableEntity, ids: readonly string[]): Promise<Map<string, Resolution>>;
}

const unique = (names: readonly string[], except: string): string[] =>
  names.filter(
    (n, i) =>
      normalizeName(n) &&
      normalizeName(n) !== normalizeName(except) &&
      names.findIndex((m) => normalizeName(m) === normalizeName(n)) === i,
  );

/** The person after an edit, with the fields the editor touched recorded as overrides. */
export function applyPersonInput(person: Person, input: PersonInput, at: string): Person {
  const name = input.name?.trim() || person.name;
  const renamed = normalizeName(name) !== normalizeName(person.name);
  const aliases = input.aliases ?? (renamed ? [...person.aliases, person.name] : person.aliases);
  const { description: _old, ...rest } = person;
  const description = input.description === undefined ? person.description : input.description;
  return {
    ...rest,
    name,
    aliases: unique(aliases, name),
    ...(description ? { description } : {}),
    overrides: withOverrides(person.overrides, input),
    updatedAt: at,
  };
}

/** The survivor of a merge: the other's names become aliases, a missing description is taken over. */
export function mergedPerson(into: Person, from: Person, at: string): Person {
  const description = into.description ?? from.description;
  return {
    ...into,
    aliases: unique([...into.aliases, from.name, ...from.aliases], into.name),
    ...(description ? { description } : {}),
    updatedAt: at,
  };
}

function withOverrides(previous: readonly string[] | undefined, input: object): string[] {
  const touched = Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([field]) => field);
  return [...new Set([...(previous ?? []), ...touched])].sort();
}

/** The event's own fields after an edit (participants are edges, changed apart). */
export function applyEventInput(event: NewsEvent, input: EventInput, at: string): NewsEvent {
  const { addParticipants, removeParticipants, ...fields } = input;
  const next: Record<string, unknown> = { ...event, updatedAt: at };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null || value === '') delete next[field];
    else next[field] = field === 'name' ? String(value).trim() : value;
  }
  // A stated date stands in for an untrusted start: the two never go together.
  if (input.statedDate) delete next.start;
  if (next.statedDate && !next.start) next.dateUncertain = true;
  else {
    delete next.dateUncertain;
    if (input.start) delete next.statedDate;
  }
  const removed = [...new Set([...(event.removedParticipants ?? []), ...(removeParticipants ?? [])])].filter(
    (id) => !(addParticipants ?? []).includes(id),
  );
  delete next.removedParticipants;
  return {
    ...(next as unknown as NewsEvent),
    overrides: withOverrides(event.overrides, fields),
    ...(removed.length ? { removedParticipants: removed.sort() } : {}),
  } as NewsEvent;
}
