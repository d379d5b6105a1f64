import type { EntityRef, EntityType, EntityTypes } from '../domain/entity-reader.js';
import { articleEntity } from './entities/article.js';
import { articleBodyEntity } from './entities/article-body.js';
import type { EntityDefinition } from './entities/entity-definition.js';
import { eventEntity } from './entities/event.js';
import { personEntity } from './entities/person.js';
import { termEntity } from './entities/term.js';
import { tombstoneEntity } from './entities/tombstone.js';
import { translationEntity } from './entities/translation.js';
import type { PrimaryKey } from './keys.js';

const registry = new Map<string, EntityDefinition>();

/** Makes an entity type readable by id (entity reader, loaders, `node(id:)`); registering a type twice is a mistake. */
export function registerEntity<T extends EntityType>(definition: EntityDefinition<T>): void {
  if (registry.has(definition.type)) throw new Error(`entity type ${definition.type} is registered twice`);
  registry.set(definition.type, definition as unknown as EntityDefinition);
}

// One line per entity type: its storage definition lives in src/storage/entities/.
registerEntity(articleEntity);
registerEntity(articleBodyEntity);
registerEntity(translationEntity);
registerEntity(personEntity);
registerEntity(eventEntity);
registerEntity(termEntity('Subject'));
registerEntity(termEntity('Section'));
registerEntity(termEntity('Organisation'));
registerEntity(termEntity('Place'));
registerEntity(termEntity('Genre'));
registerEntity(tombstoneEntity);

function definitionOf(type: string): EntityDefinition {
  const definition = registry.get(type);
  if (!definition) throw new Error(`no entity type ${type} is registered`);
  return definition;
}

export const entityKeyOf = (ref: EntityRef): PrimaryKey => definitionOf(ref.type).key(ref.id);

const definitionOfItem = (item: Record<string, unknown>) =>
  typeof item.type === 'string' ? registry.get(item.type) : undefined;

/** The keys of the other items an entity item's entity spans (none for most). */
export const otherKeysOf = (item: Record<string, unknown>): PrimaryKey[] =>
  definitionOfItem(item)?.otherKeys?.(item) ?? [];

/**
 * Any entity item back to its domain object, by its `type` attribute (with the other items it spans,
 * when it spans several); other items are not entities.
 */
export function fromEntityItem(
  item: Record<string, unknown>,
  others: readonly Record<string, unknown>[] = [],
): { type: EntityType; id: string; value: EntityTypes[EntityType] } | undefined {
  const definition = definitionOfItem(item);
  if (!definition) return undefined;
  const value =
    others.length && definition.fromItems ? definition.fromItems([item, ...others]) : definition.fromItem(item);
  return { type: definition.type, id: definition.idOf(value), value };
}
