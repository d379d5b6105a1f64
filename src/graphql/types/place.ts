import type { Place } from '../../domain/event.js';
import { builder } from '../builder.js';

export const PlaceRef = builder.objectRef<Place>('Place').implement({
  description: 'Where an event happened.',
  fields: (t) => ({
    name: t.exposeString('name'),
    country: t.exposeString('country', { nullable: true }),
  }),
});
