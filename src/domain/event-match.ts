import type { EventKind, EventWrite, NewsEvent } from './event.js';
import { normalizeName } from './names.js';

// Kinds one gathering is told as: a document's "talks" and another's "summit" are the same event.
const FAMILY: Partial<Record<EventKind, string>> = { SUMMIT: 'MEETING', VISIT: 'MEETING', MEETING: 'MEETING' };
const family = (kind: EventKind) => FAMILY[kind] ?? kind;
const LABELS: Partial<Record<EventKind, string>> = { SUMMIT: 'Summit', MEETING: 'Meeting', VISIT: 'Visit' };

/**
 * The names an undated telling of the same event would carry ("Summit in Vladivostok", "Meeting in
 * Vladivostok"): their ids are those names' slugs, so a dated event finds its undated twin by key.
 */
export function undatedNames(event: Pick<EventWrite, 'kind' | 'place'>): string[] {
  if (!event.place) return [];
  const kinds = (Object.keys(LABELS) as EventKind[]).filter((kind) => family(kind) === family(event.kind));
  return kinds.map((kind) => `${LABELS[kind]} in ${event.place?.name}`);
}
// A date supplied by another document for an event of the news: earlier years are damage or history, not this event.
const EARLIEST_YEAR = 1900;

const plausible = (event: Pick<NewsEvent, 'start'>) =>
  !event.start || Number(event.start.value.slice(0, 4)) >= EARLIEST_YEAR;

/**
 * Whether an event one document tells is one another document already told: same kind family, same place,
 * and one of them without a trusted date whose stated month (if any) the other's date agrees with. The
 * caller finds the candidates among a shared participant's events, so participants overlap by construction.
 * Two dated events are the same only under the same id (their dates say which).
 */
export function sameEvent(incoming: EventWrite, existing: NewsEvent): boolean {
  if (incoming.id === existing.id || family(incoming.kind) !== family(existing.kind)) return false;
  if (!incoming.place || !existing.place || normalizeName(incoming.place.name) !== normalizeName(existing.place.name))
    return false;
  if (incoming.start && existing.start) return false;
  const [dated, undated] = incoming.start ? [incoming, existing] : [existing, incoming];
  if (!plausible(dated)) return false;
  const month = undated.statedDate?.month;
  return (
    !dated.start ||
    month === undefined ||
    dated.start.precision === 'YEAR' ||
    Number(dated.start.value.slice(5, 7)) === month
  );
}

/**
 * The incoming event written into the one it matched: the existing id and name stay (links keep working),
 * a trusted date from either document is the start, what damaged text stated is kept as stated, and the
 * incoming participants are added.
 */
export function mergeEvent(incoming: EventWrite, existing: NewsEvent): EventWrite {
  const { participantCount: _count, dateUncertain: _uncertain, ...fields } = existing;
  const start = existing.start ?? incoming.start;
  const statedDate = existing.statedDate ?? incoming.statedDate;
  const place = existing.place ?? incoming.place;
  return {
    ...fields,
    ...(start ? { start } : { dateUncertain: true }),
    ...(statedDate ? { statedDate } : {}),
    ...(place ? { place } : {}),
    participants: incoming.participants,
    updatedAt: incoming.updatedAt,
  };
}
