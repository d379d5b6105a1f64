import type { Article } from '../domain/article.js';
import type { EditorialRepository } from '../domain/editorial.js';
import { isCovered, type NewsEvent } from '../domain/event.js';
import { eventFromCopy } from './name-copies.js';
import type { Person } from '../domain/person.js';
import type { EventFilter, EventRepository, EventWithParticipants } from '../domain/event-repository.js';
import { keepEdges, pageRequest, type Page, type PageArgs, type PageRequest } from '../domain/pagination.js';
import { boundedKey, requireExactlyOne } from './arguments.js';
import { type EntityQueries, found } from './entity-queries.js';
import type { Loaders } from './loaders.js';
import { localize, localizePage, type Localized } from './localization.js';

const RELATED_EVENTS = 5;
/** Participants whose timelines are read for related events. */
const RELATED_SOURCES = 10;

/** Event reads for resolvers. */
export class EventQueries {
  constructor(
    private readonly repository: EventRepository,
    private readonly loaders: Loaders,
    private readonly entities: EntityQueries,
    private readonly editorial: Pick<EditorialRepository, 'resolve'>,
    /** Operators see events no published article covers; the public does not (issue 12). */
    private readonly showAll = false,
  ) {}

  /** Leaves out, for the public, events without a published article; cursors go on from the items read. */
  private visible(page: Page<NewsEvent>): Page<NewsEvent> {
    return this.showAll ? page : keepEdges(page, (event) => (isCovered(event) ? event : undefined));
  }

  /** Events read with their first participants (a request's own), by id. */
  private readonly withParticipants = new Map<string, EventWithParticipants>();

  /**
   * By id or slug; a merged event's id (or a renamed one's new slug) leads to the survivor. With the
   * page size its participants are asked in, they come in the same Query.
   */
  async get(
    id: string,
    locales: readonly string[],
    argument = 'id',
    follow = true,
    participantsFirst?: number,
  ): Promise<Localized<NewsEvent>> {
    const key = boundedKey(argument, id);
    const event = participantsFirst
      ? await this.readWithParticipants(key, participantsFirst, locales)
      : await this.entities.find('Event', key, locales);
    if (!event) {
      const lead = follow && (await this.editorial.resolve('Event', [id])).get(id);
      if (follow && lead && 'to' in lead) return this.get(lead.to, locales, argument, false, participantsFirst);
    }
    return found(event, 'event', id, argument);
  }

  private async readWithParticipants(id: string, first: number, locales: readonly string[]) {
    const found = await this.repository.getWithParticipants(id, first);
    // The same rule as the loaders': an event no published article covers is not public.
    if (!found || (!this.showAll && !isCovered(found.event))) return null;
    this.withParticipants.set(found.event.id, found);
    this.loaders.prime('Event', found.event.id, found.event);
    return localize(found.event, locales);
  }

  lookup(
    id: string | undefined,
    slug: string | null | undefined,
    locales: readonly string[],
    participantsFirst?: number,
  ): Promise<Localized<NewsEvent>> {
    requireExactlyOne('event', { id, slug });
    return id
      ? this.get(id, locales, 'id', true, participantsFirst)
      : this.get(slug as string, locales, 'slug', true, participantsFirst);
  }

  async list(filter: EventFilter, args: PageArgs, locales: readonly string[]): Promise<Page<Localized<NewsEvent>>> {
    return localizePage(this.visible(await this.repository.listEvents(filter, pageRequest(args))), locales);
  }

  /** The events an article covers: from its copies of their names when they suffice (as people's). */
  async ofArticle(article: Localized<Article>, copiesSuffice = false): Promise<Localized<NewsEvent>[]> {
    if (copiesSuffice && article.namesCanonical)
      return article.events.map((coverage) => localize(eventFromCopy(coverage), article.locales));
    return (
      await this.loaders.loadMany(
        'Event',
        article.events.map((e) => e.eventId),
      )
    ).map((event) => localize(event, article.locales));
  }

  /** The count on the event item; a timeline copy does not carry it, so the event is loaded (batched). */
  async participantCount(event: NewsEvent): Promise<number> {
    return event.participantCount ?? (await this.loaders.load('Event', event.id))?.participantCount ?? 0;
  }

  /** The participants, by name, as people (one Query for the page, one batched read for the people). */
  async participants(event: Localized<NewsEvent>, args: PageArgs): Promise<Page<Localized<Person>>> {
    const request = pageRequest(args);
    const page =
      firstPageRead(this.withParticipants.get(event.id)?.participants, request) ??
      (await this.repository.listParticipants(event.id, request));
    const people = new Map(
      (
        await this.loaders.loadMany(
          'Person',
          page.edges.map((edge) => edge.node.personId),
        )
      ).map((person) => [person.id, person]),
    );
    return keepEdges(page, ({ personId }) => {
      const person = people.get(personId);
      return person ? localize(person, event.locales) : undefined;
    });
  }

  /** A person's events, newest first: the first page comes with the person (one Query), later ones by cursor. */
  async ofPerson(person: Localized<Person>, args: PageArgs): Promise<Page<Localized<NewsEvent>>> {
    const page = pageRequest(args);
    const forwardFromStart = page.after === undefined && page.before === undefined && !page.backward && !page.reverse;
    const loaded = forwardFromStart ? await this.loaders.personWithEvents.load(person.id) : null;
    if (loaded && (page.first <= loaded.events.edges.length || !loaded.events.hasNextPage)) {
      const edges = loaded.events.edges.slice(0, page.first);
      const first = {
        ...loaded.events,
        edges,
        hasNextPage: loaded.events.edges.length > page.first || loaded.events.hasNextPage,
      };
      return localizePage(this.visible(first), person.locales);
    }
    return localizePage(this.visible(await this.repository.listEvents({ personId: person.id }, page)), person.locales);
  }

  /**
   * Events sharing participants with this one (ranked by how many, then by closeness in time), read
   * from the timelines of its first ten participants by name: at most eleven Queries, whatever the
   * event's size, cached for the request.
   */
  async related(event: Localized<NewsEvent>): Promise<Localized<NewsEvent>[]> {
    const participants = await this.repository.listParticipants(event.id, { first: RELATED_SOURCES });
    const timelines = await this.loaders.personWithEvents.loadMany(
      participants.edges.map((edge) => edge.node.personId),
    );
    const shared = new Map<string, { event: NewsEvent; count: number }>();
    for (const timeline of timelines) {
      if (!timeline || timeline instanceof Error) continue;
      for (const { node: other } of timeline.events.edges) {
        if (other.id === event.id || (!this.showAll && !isCovered(other))) continue;
        const entry = shared.get(other.id) ?? { event: other, count: 0 };
        entry.count += 1;
        shared.set(other.id, entry);
      }
    }
    const start = Date.parse(event.start?.value ?? '') || 0;
    const distance = (other: NewsEvent) => Math.abs((Date.parse(other.start?.value ?? '') || 0) - start);
    return [...shared.values()]
      .sort(
        (a, b) => b.count - a.count || distance(a.event) - distance(b.event) || a.event.id.localeCompare(b.event.id),
      )
      .slice(0, RELATED_EVENTS)
      .map(({ event: other }) => localize(other, event.locales));
  }
}

/** A first page read with its parent, when it answers the request (forward from the start, not larger). */
function firstPageRead<T>(read: Page<T> | undefined, request: PageRequest): Page<T> | undefined {
  const fromStart = !request.after && !request.before && !request.backward && !request.reverse;
  if (!read || !fromStart || (request.first > read.edges.length && read.hasNextPage)) return undefined;
  return {
    ...read,
    edges: read.edges.slice(0, request.first),
    hasNextPage: read.edges.length > request.first || read.hasNextPage,
  };
}
