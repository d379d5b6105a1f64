import type { EntityType, EntityTypes } from '../domain/entity-reader.js';
import { NotFoundError } from '../domain/errors.js';
import { MAX_KEY_LENGTH, quoted } from './arguments.js';
import type { Loaders } from './loaders.js';
import { localize, type Localized } from './localization.js';

/** The entity, or NotFoundError naming what was looked for: `no <label> with <argument> "<value>"`. */
export function found<T>(entity: T | null, label: string, key: string, argument = 'id'): T {
  if (!entity) throw new NotFoundError(`no ${label} with ${argument} ${quoted(key)}`);
  return entity;
}

/** Reads of any registered entity type by id, through the request's batched loader (node(id:) and the find/get pairs). */
export class EntityQueries {
  constructor(private readonly loaders: Loaders) {}

  /** Null when there is none; an id no key could hold is simply not found. */
  async find<T extends EntityType>(
    type: T,
    id: string,
    locales: readonly string[],
  ): Promise<Localized<EntityTypes[T]> | null> {
    if (id.length > MAX_KEY_LENGTH) return null;
    const entity = await this.loaders.load(type, id);
    return entity && localize(entity as EntityTypes[T] & object, locales);
  }
}
