import type { Tombstone } from '../../domain/article-deletion.js';
import { tombstoneKey } from '../keys.js';
import type { EntityDefinition } from './entity-definition.js';

/** Readable by id so the importer reads an article and its tombstone in one batch (no GraphQL node). */
export const tombstoneEntity: EntityDefinition<'Tombstone'> = {
  type: 'Tombstone',
  key: tombstoneKey,
  fromItem: ({ PK: _pk, SK: _sk, type: _type, ...tombstone }) => tombstone as unknown as Tombstone,
  idOf: (tombstone) => tombstone.articleId,
};
