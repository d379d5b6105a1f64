import type { Table } from './table.js';
import {
  entityRefKey,
  type EntityReader,
  type EntityRef,
  type EntityType,
  type EntityTypes,
} from '../domain/entity-reader.js';
import { batchGetItems } from './batch-get.js';
import { entityKeyOf, fromEntityItem, otherKeysOf } from './entity-registry.js';

type Item = Record<string, unknown>;
const keyOf = (item: Item): string => `${String(item.PK)}\u0000${String(item.SK)}`;

/**
 * Reads entities of every registered type together: one BatchGetItem per 100 keys, whatever their types,
 * and a second one only for the rare entity spread over several items (a body over 350 KB).
 */
export class DynamoEntityReader implements EntityReader {
  constructor(private readonly table: Table) {}

  async getMany(refs: readonly EntityRef[]): Promise<Map<string, EntityTypes[EntityType]>> {
    const items = await batchGetItems(this.table, refs.map(entityKeyOf));
    const wanted = new Map(items.map((item) => [item, otherKeysOf(item)] as const));
    const moreKeys = [...wanted.values()].flat();
    const more = new Map((moreKeys.length ? await batchGetItems(this.table, moreKeys) : []).map((i) => [keyOf(i), i]));
    const found = new Map<string, EntityTypes[EntityType]>();
    for (const [item, otherKeys] of wanted) {
      const others = otherKeys.map((key) => more.get(keyOf(key as unknown as Item))).filter((i): i is Item => !!i);
      const entity = fromEntityItem(item, others);
      if (entity) found.set(entityRefKey(entity), entity.value);
    }
    return found;
  }
}
