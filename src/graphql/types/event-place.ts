import type { Place } from '../../domain/event.js';
import { builder } from '../builder.js';

// Named EventPlace since the taxonomy's Place (a node with articles) took the name Place.
export const EventPlaceRef = builder.objectRef<Place>('EventPlace').implement({
  description: 'Where an event happened.',
  fields: (t) => ({
    name: t.exposeString('name'),
    country: t.exposeString('country', { nullable: true }),
  }),
});
