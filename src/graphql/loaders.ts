import DataLoader from 'dataloader';
import {
  entityRefKey,
  type EntityReader,
  type EntityRef,
  type EntityType,
  type EntityTypes,
} from '../domain/entity-reader.js';
import type { ListCounts } from '../domain/list-counts.js';
import type { PersonRepository, PersonWithEvents } from '../domain/person-repository.js';

/**
 * Request-scoped loaders. Every entity read in one tick of execution, whatever its type (articles,
 * translations, people, events), goes into one BatchGetItem per 100 keys and is cached for the request.
 */
export function createLoaders(entities: EntityReader, people: PersonRepository, lists: ListCounts) {
  const entity = new DataLoader<EntityRef, EntityTypes[EntityType] | null, string>(
    async (refs) => {
      const found = await entities.getMany(refs);
      return refs.map((ref) => found.get(entityRefKey(ref)) ?? null);
    },
    { cacheKeyFn: entityRefKey, maxBatchSize: 1000 },
  );
  // A person's item collection (the person and their events) is one Query per person.
  const personWithEvents = new DataLoader<string, PersonWithEvents | null>((ids) =>
    Promise.all(ids.map(async (id) => (await people.getWithEvents(id)) ?? null)),
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

export type Loaders = ReturnType<typeof createLoaders>;
