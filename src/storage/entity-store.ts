import type { DocumentClient } from './document-client.js';
import {
  entityRefKey,
  parseTranslationId,
  type EntityReader,
  type EntityRef,
  type EntityType,
  type EntityTypes,
} from '../domain/entity-reader.js';
import { batchGetItems } from './batch-get.js';
import { fromEntityItem } from './items.js';
import { articleKey, eventKey, personKey, translationKey, type PrimaryKey } from './keys.js';

function keyOf(ref: EntityRef): PrimaryKey {
  switch (ref.type) {
    case 'Article':
      return articleKey(ref.id);
    case 'Person':
      return personKey(ref.id);
    case 'Event':
      return eventKey(ref.id);
    case 'Translation': {
      const { articleId, language } = parseTranslationId(ref.id);
      return translationKey(articleId, language);
    }
  }
}

/** Reads articles, translations, people and events together: one BatchGetItem per 100 keys, whatever their types. */
export class DynamoEntityReader implements EntityReader {
  constructor(
    private readonly client: DocumentClient,
    private readonly table: string,
  ) {}

  async getMany(refs: readonly EntityRef[]): Promise<Map<string, EntityTypes[EntityType]>> {
    const items = await batchGetItems(this.client, this.table, refs.map(keyOf));
    const found = new Map<string, EntityTypes[EntityType]>();
    for (const item of items) {
      const entity = fromEntityItem(item);
      if (entity) found.set(entityRefKey(entity), entity.value);
    }
    return found;
  }
}
