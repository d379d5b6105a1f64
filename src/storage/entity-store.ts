import type { Table } from './table.js';
import {
  entityRefKey,
  type EntityReader,
  type EntityRef,
  type EntityType,
  type EntityTypes,
} from '../domain/entity-reader.js';
import { batchGetItems } from './batch-get.js';
import { entityKeyOf, fromEntityItem } from './entity-registry.js';

/** Reads entities of every registered type together: one BatchGetItem per 100 keys, whatever their types. */
export class DynamoEntityReader implements EntityReader {
  constructor(private readonly table: Table) {}

  async getMany(refs: readonly EntityRef[]): Promise<Map<string, EntityTypes[EntityType]>> {
    const items = await batchGetItems(this.table, refs.map(entityKeyOf));
    const found = new Map<string, EntityTypes[EntityType]>();
    for (const item of items) {
      const entity = fromEntityItem(item);
      if (entity) found.set(entityRefKey(entity), entity.value);
    }
    return found;
  }
}
