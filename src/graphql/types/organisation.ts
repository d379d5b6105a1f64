import { termNode } from '../term-node.js';

export const OrganisationRef = termNode(
  'Organisation',
  'An organisation articles are about.',
  'Articles filed under the organisation, newest first.',
);
