import { fromEventItem } from '../items.js';
import { eventKey } from '../keys.js';
import type { EntityDefinition } from './entity-definition.js';

export const eventEntity: EntityDefinition<'Event'> = {
  type: 'Event',
  key: eventKey,
  fromItem: fromEventItem,
  idOf: (event) => event.id,
};
