import type { Resolution } from '../domain/editorial.js';
import type { Repositories } from '../domain/repositories.js';
import type { BuiltEntry } from './build-document.js';

/**
 * An entry as the editors' changes say it should be written: people and events merged or renamed away
 * are written as the survivor (the name the source used becomes an alias), deleted ones are left out
 * (their tombstone stands until an editor restores them). Two batch reads, usually finding nothing.
 */
export async function followRedirects(deps: Pick<Repositories, 'editorial'>, built: BuiltEntry): Promise<BuiltEntry> {
  const article = built.article?.article;
  const personIds = [
    ...built.people.map((p) => p.id),
    ...(article?.people.map((p) => p.personId) ?? []),
    ...built.events.flatMap((e) => e.participants.map((p) => p.personId)),
  ];
  const eventIds = [...built.events.map((e) => e.id), ...(article?.events.map((e) => e.eventId) ?? [])];
  const [people, events] = await Promise.all([
    deps.editorial.resolve('Person', personIds),
    deps.editorial.resolve('Event', eventIds),
  ]);
  if (!people.size && !events.size) return built;
  const person = follow(people);
  const event = follow(events);
  return {
    ...built,
    people: once(
      built.people.flatMap((p) => {
        const id = person(p.id);
        return id === undefined ? [] : [id === p.id ? p : { ...p, id, aliases: [...p.aliases, p.name] }];
      }),
      (p) => p.id,
    ),
    events: once(
      built.events.flatMap((e) => {
        const id = event(e.id);
        const participants = relink(e.participants, 'personId', person);
        return id === undefined ? [] : [{ ...e, id, participants }];
      }),
      (e) => e.id,
    ),
    ...(built.article && article
      ? {
          article: {
            ...built.article,
            article: {
              ...article,
              people: relink(article.people, 'personId', person),
              events: relink(article.events, 'eventId', event),
            },
          },
        }
      : {}),
  };
}

/** Where an id leads now: itself, the survivor, or nowhere (deleted). */
const follow =
  (resolutions: Map<string, Resolution>) =>
  (id: string): string | undefined => {
    const resolution = resolutions.get(id);
    if (!resolution) return id;
    return 'to' in resolution ? resolution.to : undefined;
  };

function relink<T extends Record<K, string>, K extends string>(
  links: readonly T[],
  key: K,
  lead: (id: string) => string | undefined,
): T[] {
  return once(
    links.flatMap((link) => {
      const id = lead(link[key]);
      return id === undefined ? [] : [{ ...link, [key]: id }];
    }),
    (link) => link[key],
  );
}

const once = <T>(list: readonly T[], keyOf: (item: T) => string): T[] =>
  list.filter((item, i) => list.findIndex((other) => keyOf(other) === keyOf(item)) === i);
