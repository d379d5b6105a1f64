import { joinBody, otherPartKeys } from '../article-body.js';
import { articleBodyKey } from '../keys.js';
import type { EntityDefinition } from './entity-definition.js';

/** An article's body: its first part by key, the others (bodies over one item's size) in a second read. */
export const articleBodyEntity: EntityDefinition<'ArticleBody'> = {
  type: 'ArticleBody',
  key: (articleId) => articleBodyKey(articleId),
  fromItem: (item) => joinBody([item]),
  idOf: (body) => body.articleId,
  otherKeys: otherPartKeys,
  fromItems: joinBody,
};
