import { fromPersonItem } from '../items.js';
import { personKey } from '../keys.js';
import type { EntityDefinition } from './entity-definition.js';

export const personEntity: EntityDefinition<'Person'> = {
  type: 'Person',
  key: personKey,
  fromItem: fromPersonItem,
  idOf: (person) => person.id,
};
