import type { EditorialRepository } from '../domain/editorial.js';
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
  constructor(
    private readonly loaders: Loaders,
    private readonly editorial?: Pick<EditorialRepository, 'resolve'>,
  ) {}

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

  /**
   * As `find`, but the id of a person or event merged into another (or the slug of a new name) leads
   * to that one, as `person(id:)` and `event(id:)` do (node(id:)): one more read, only on a miss.
   */
  async findFollowing<T extends EntityType>(
    type: T,
    id: string,
    locales: readonly string[],
  ): Promise<Localized<EntityTypes[T]> | null> {
    const entity = await this.find(type, id, locales);
    if (entity || !this.editorial || (type !== 'Person' && type !== 'Event')) return entity;
    const lead = (await this.editorial.resolve(type, [id])).get(id);
    return lead && 'to' in lead ? this.find(type, lead.to, locales) : null;
  }
}
