import { termNode } from '../term-node.js';

export const SubjectRef = termNode(
  'Subject',
  'A topic articles are about (an IPTC media topic, a Guardian keyword, a feed category).',
  'Articles filed under the subject, newest first.',
);
