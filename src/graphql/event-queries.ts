import type { Article } from '../domain/article.js';
import type { NewsEvent } from '../domain/event.js';
import type { EventFilter, EventRepository } from '../domain/event-repository.js';
import { NotFoundError } from '../domain/errors.js';
import { pageRequest, type Page } from '../domain/pagination.js';
import { boundedKey, MAX_KEY_LENGTH, quoted, requireExactlyOne } from './arguments.js';
import type { Loaders } from './loaders.js';
import { localize, localizePage, type Localized } from './localization.js';

const RELATED_EVENTS = 5;

/** Event reads for resolvers. */
export class EventQueries {
  constructor(
    private readonly repository: EventRepository,
    private readonly loaders: Loaders,
  ) {}

  async find(id: string, locales: readonly string[]): Promise<Localized<NewsEvent> | null> {
    if (id.length > MAX_KEY_LENGTH) return null;
    const event = await this.loaders.load('Event', id);
    return event && localize(event, locales);
  }

  async get(id: string, locales: readonly string[], argument = 'id'): Promise<Localized<NewsEvent>> {
    const event = await this.find(boundedKey(argument, id), locales);
    if (!event) throw new NotFoundError(`no event with ${argument} ${quoted(id)}`);
    return event;
  }

  lookup(id: string | undefined, slug: string | null | undefined, locales: readonly string[]): Promise<Localized<NewsEvent>> {
    requireExactlyOne('event', { id, slug });
    return id ? this.get(id, locales) : this.get(slug as string, locales, 'slug');
  }

  async list(filter: EventFilter, first: number | null | undefined, after: string | null | undefined, locales: readonly string[]): Promise<Page<Localized<NewsEvent>>> {
    return localizePage(await this.repository.listEvents(filter, pageRequest(first, after)), locales);
  }

  async ofArticle(article: Localized<Article>): Promise<Localized<NewsEvent>[]> {
    return (await this.loaders.loadMany('Event', article.events.map((e) => e.eventId))).map((event) => localize(event, article.locales));
  }

  /**
   * Events sharing participants with this one (ranked by how many, then by closeness in time), read
   * from the participants' timelines: one Query per participant, cached for the request.
   */
  async related(event: Localized<NewsEvent>): Promise<Localized<NewsEvent>[]> {
    const timelines = await this.loaders.personWithEvents.loadMany(event.participants.map((p) => p.personId));
    const shared = new Map<string, { event: NewsEvent; count: number }>();
    for (const timeline of timelines) {
      if (!timeline || timeline instanceof Error) continue;
      for (const other of timeline.events) {
        if (other.id === event.id) continue;
        const entry = shared.get(other.id) ?? { event: other, count: 0 };
        entry.count += 1;
        shared.set(other.id, entry);
      }
    }
    const start = Date.parse(event.start?.value ?? '') || 0;
    const distance = (other: NewsEvent) => Math.abs((Date.parse(other.start?.value ?? '') || 0) - start);
    return [...shared.values()]
      .sort((a, b) => b.count - a.count || distance(a.event) - distance(b.event) || a.event.id.localeCompare(b.event.id))
      .slice(0, RELATED_EVENTS)
      .map(({ event: other }) => localize(other, event.locales));
  }
}
