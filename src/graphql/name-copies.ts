import type { EventCoverage, NewsEvent } from '../domain/event.js';
import type { Person, PersonMention } from '../domain/person.js';

/** The fields an article's copy of a name holds: a selection asking only these is answered from it. */
export const COPIED_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'slug', 'name']);

/**
 * A person as an article's copy has them: id and name only. Served only where the selection asks no
 * other field (selectsOnly with COPIED_FIELDS), so the fields it lacks are never resolved.
 */
export const personFromCopy = (mention: PersonMention): Person =>
  ({ id: mention.personId, name: mention.name }) as Person;

/** An event as an article's copy has it; as personFromCopy. */
export const eventFromCopy = (coverage: EventCoverage): NewsEvent =>
  ({ id: coverage.eventId, name: coverage.name }) as NewsEvent;
