import { mergeEvent, sameEvent, undatedNames } from '../domain/event-match.js';
import type { EventWrite, NewsEvent } from '../domain/event.js';
import { slugify } from '../domain/slug.js';
import type { ImportDependencies } from './importer.js';

// A person's newest events: enough to hold the same gathering told by another document.
const CANDIDATES = 25;

/**
 * Each event written into the event another document already told, when one matches (event-match.ts):
 * the candidates are the events of the event's first participants (one Query each, at most two), so an
 * undated summit from damaged text and the same summit dated elsewhere become one, in either import order.
 * Returns the events to write and, for each written under another id, which id it became.
 */
export async function matchEvents(
  deps: ImportDependencies,
  events: readonly EventWrite[],
): Promise<{ events: EventWrite[]; ids: Map<string, string> }> {
  const ids = new Map<string, string>();
  const matched: EventWrite[] = [];
  for (const event of events) {
    let match: EventWrite | undefined;
    // A dated event looks up its undated twins by key (one BatchGetItem); the timelines' undated events sort last.
    if (event.start) {
      const twins = await deps.entities.getMany(
        undatedNames(event).map((name) => ({ type: 'Event' as const, id: slugify(name) })),
      );
      const existing = [...twins.values()].find((candidate) => sameEvent(event, candidate as NewsEvent));
      if (existing) match = mergeEvent(event, existing as NewsEvent);
    }
    if (event.place && !match)
      for (const participant of event.participants.slice(0, 2)) {
        const { edges } = await deps.events.listEvents({ personId: participant.personId }, { first: CANDIDATES });
        const existing = edges.map((edge) => edge.node).find((candidate) => sameEvent(event, candidate));
        if (existing) {
          match = mergeEvent(event, existing);
          break;
        }
      }
    if (match && match.id !== event.id) ids.set(event.id, match.id);
    matched.push(match ?? event);
  }
  return { events: matched, ids };
}
