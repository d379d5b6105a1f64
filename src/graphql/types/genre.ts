import { termNode } from '../term-node.js';

export const GenreRef = termNode(
  'Genre',
  'What kind of piece an article is, not its topic (an IPTC genre such as Interview, a Guardian tone or type tag such as comment or obituaries).',
  'Articles of the genre, newest first.',
);
