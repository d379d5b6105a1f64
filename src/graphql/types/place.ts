import { termNode } from '../term-node.js';

export const PlaceRef = termNode(
  'Place',
  'A place articles are about.',
  'Articles filed under the place, newest first.',
);
