import { termNode } from '../term-node.js';

export const SectionRef = termNode(
  'Section',
  'A part of a publication articles are filed in (a Guardian section).',
  'Articles filed under the section, newest first.',
);
