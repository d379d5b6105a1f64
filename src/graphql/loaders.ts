import DataLoader from 'dataloader';
import {
  entityRefKey,
  type EntityReader,
  type EntityRef,
  type EntityType,
  type EntityTypes,
} from '../domain/entity-reader.js';
import type { Article } from '../domain/article.js';
import { isPublished } from '../domain/takedown.js';
import { isCovered, type NewsEvent } from '../domain/event.js';
import { isMentioned, type Person } from '../domain/person.js';
import type { ListCounts } from '../domain/list-counts.js';
import type { PersonRepository, PersonWithEvents } from '../domain/person-repository.js';

/**
 * Request-scoped loaders. Every entity read in one tick of execution, whatever its type (articles,
 * translations, people, events), goes into one BatchGetItem per 100 keys and is cached for the request.
 */
export function createLoaders(
  entities: EntityReader,
  people: PersonRepository,
  lists: ListCounts,
  { showUnpublished = false } = {},
) {
  const entity = new DataLoader<EntityRef, EntityTypes[EntityType] | null, string>(
    async (refs) => {
      const found = await entities.getMany(refs);
      return refs.map((ref) => visible(found.get(entityRefKey(ref)) ?? null, ref.type, showUnpublished));
    },
    { cacheKeyFn: entityRefKey, maxBatchSize: 1000 },
  );
  // A person's item collection (the person and their events) is one Query per person.
  const personWithEvents = new DataLoader<string, PersonWithEvents | null>((ids) =>
    Promise.all(
      ids.map(async (id) => {
        const found = await people.getWithEvents(id);
        return found && visible(found.person, 'Person', showUnpublished) ? found : null;
      }),
    ),
  );

  // totalCount of every connection on the page, one BatchGetItem.
  const counts = new DataLoader<string, number>(async (names) => {
    const found = await lists.counts(names);
    return names.map((name) => found.get(name) ?? 0);
  });

  function load<T extends EntityType>(type: T, id: string): Promise<EntityTypes[T] | null> {
    return entity.load({ type, id }) as Promise<EntityTypes[T] | null>;
  }
  async function loadMany<T extends EntityType>(type: T, ids: readonly string[]): Promise<EntityTypes[T][]> {
    const results = await entity.loadMany(ids.map((id) => ({ type, id })));
    return results.filter((r): r is EntityTypes[T] => r !== null && !(r instanceof Error));
  }
  function prime<T extends EntityType>(type: T, id: string, value: EntityTypes[T]): void {
    entity.prime({ type, id }, value);
  }
  return { load, loadMany, prime, personWithEvents, counts };
}

/**
 * Every read by id (article by id or slug, node/nodes, related lists, list pages' articles) goes through
 * the loader, so an unpublished article is hidden here, once: NOT_FOUND or left out, on the public API.
 * Operators still see it (with its status), to check a takedown and undo it.
 */
function visible<T extends EntityTypes[EntityType] | null>(
  value: T,
  type: EntityType,
  showUnpublished: boolean,
): T | null {
  if (value && type === 'Article' && !showUnpublished && !isPublished(value as Article)) return null;
  // A person no published article mentions (all unpublished, or none yet) is not public either.
  if (value && type === 'Person' && !showUnpublished && !isMentioned(value as Person)) return null;
  // Nor is an event no published article covers (its only article unpublished or deleted, or none yet).
  if (value && type === 'Event' && !showUnpublished && !isCovered(value as NewsEvent)) return null;
  return value;
}

export type Loaders = ReturnType<typeof createLoaders>;
