import { fromArticleItem } from '../items.js';
import { articleKey } from '../keys.js';
import type { EntityDefinition } from './entity-definition.js';

export const articleEntity: EntityDefinition<'Article'> = {
  type: 'Article',
  key: articleKey,
  fromItem: fromArticleItem,
  idOf: (article) => article.id,
};
