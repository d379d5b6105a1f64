import type { EventCoverage, NewsEvent } from './event.js';
import type { Person, PersonMention } from './person.js';

/**
 * Articles keep a copy of the current name of each person and event they name (`Article.namesCanonical`),
 * so a page of a hundred articles serves their names from its one Query instead of reading every entity
 * (a summit article names fifty people: a front page would need a BatchGetItem per hundred names). A
 * rename makes the copies stale, so it starts a refresh: a job that relinks the articles naming the entity,
 * a page at a time (the job carries where it got to), off the editor's call.
 */
export interface NameRefreshJob {
  type: 'Person' | 'Event';
  id: string;
  /** Where the previous page ended (storage's opaque cursor); absent: from the start. */
  cursor?: string;
}

/** Where refresh jobs go: a queue and its worker when deployed, done on the spot locally. */
export interface NameRefreshQueue {
  start(job: NameRefreshJob): Promise<void>;
}

/** The fields a copy holds: a query asking only these is answered from it. */
export const COPIED_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'slug', 'name']);

/**
 * A person as an article's copy has them: id and name only. Served only where the query asks no
 * other field (the resolver checks the selection), so the fields it lacks are never read.
 */
export const personFromCopy = (mention: PersonMention): Person =>
  ({ id: mention.personId, name: mention.name }) as Person;

/** An event as an article's copy has it; as personFromCopy. */
export const eventFromCopy = (coverage: EventCoverage): NewsEvent =>
  ({ id: coverage.eventId, name: coverage.name }) as NewsEvent;

/** Checks a refresh job read from a queue message; a malformed one is refused whole. */
export function parseNameRefreshJob(body: string): NameRefreshJob {
  const job = JSON.parse(body) as Partial<NameRefreshJob>;
  if ((job.type !== 'Person' && job.type !== 'Event') || typeof job.id !== 'string' || !job.id)
    throw new Error(`not a name refresh job: ${body.slice(0, 200)}`);
  if (job.cursor !== undefined && typeof job.cursor !== 'string')
    throw new Error('name refresh job: cursor is not a string');
  return { type: job.type, id: job.id, ...(job.cursor ? { cursor: job.cursor } : {}) };
}
