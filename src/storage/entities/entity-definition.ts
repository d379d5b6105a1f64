import type { EntityType, EntityTypes } from '../../domain/entity-reader.js';
import type { PrimaryKey } from '../keys.js';

/**
 * How one entity type is stored: the key of an item by the entity's id, and the domain object
 * inside an item. Its `type` is both the item's `type` attribute and the GraphQL node's type name.
 */
export interface EntityDefinition<T extends EntityType = EntityType> {
  type: T;
  /** Built with a keys.ts builder: no key is concatenated anywhere else. */
  key(id: string): PrimaryKey;
  fromItem(item: Record<string, unknown>): EntityTypes[T];
  /** The id `key` takes back (a translation's is `<articleId>/<language>`). */
  idOf(value: EntityTypes[T]): string;
  /** For an entity spread over several items (a long body): the keys of the others, given its first. */
  otherKeys?(first: Record<string, unknown>): PrimaryKey[];
  /** The entity from all its items, the first one first (when otherKeys named any). */
  fromItems?(items: readonly Record<string, unknown>[]): EntityTypes[T];
}
