import type { TermKind } from '../../domain/taxonomy.js';
import { fromTermItem } from '../items.js';
import { termKey } from '../keys.js';
import type { EntityDefinition } from './entity-definition.js';

/** The four taxonomy kinds share one item shape; each is its own entity type, keyed in its own partition. */
export const termEntity = <K extends TermKind>(kind: K): EntityDefinition<K> => ({
  type: kind,
  key: (id) => termKey(kind, id),
  fromItem: fromTermItem,
  idOf: (term) => term.id,
});
