import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser } from '../parsed-entry.js';
import { readAtom } from './atom.js';
import { atomXhtmlContents } from './atom-xhtml.js';
import { readRdf, readRss } from './rss.js';
import { parseXml } from './xml.js';

// Kept where other parsers (and the parallel issue-10 branch) import it from; defined in language-tag.ts.
export { normalizeLanguage } from './language-tag.js';

type Node = Record<string, unknown>;

/** RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom feeds: one article per item or entry. */
export const feedXmlParser: DocumentParser = {
  format: 'rss/atom',
  // XML starting with a declaration, a DTD, a comment or the root, with <rss>, <rdf:RDF> or <feed> near the top.
  accepts: (text) =>
    /^\s*<(\?xml|!DOCTYPE|!--|rss\b|feed\b|rdf:RDF\b)/.test(text) && /<(rss|feed|rdf:RDF)\b/.test(text.slice(0, 8192)),
  parse(text) {
    const document = parseXml(text);
    if (document.rss) return readRss(document.rss as Node);
    if (document['rdf:RDF']) return readRdf(document['rdf:RDF'] as Node);
    if (document.feed) return readAtom(document.feed as Node, atomXhtmlContents(text));
    throw new InputRejectedError('XML that is neither an RSS <rss> or <rdf:RDF> nor an Atom <feed>');
  },
};
