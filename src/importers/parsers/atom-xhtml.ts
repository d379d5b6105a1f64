import { isTag } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { localName } from '../dom-text.js';

/**
 * The inline XHTML of each Atom entry's `<content type="xhtml">` (RFC 4287 §3.1.1.3), in entry order;
 * undefined for entries without one. The object tree of the feed parser cannot keep mixed content in
 * order, so these are read from the text again, only when a feed has such content.
 */
export function atomXhtmlContents(text: string): (string | undefined)[] {
  if (!/type\s*=\s*["']xhtml["']/.test(text)) return [];
  const document = parseDocument(text, { xmlMode: true, decodeEntities: true });
  return DomUtils.findAll((el) => localName(el) === 'entry', document.children).map((entry) => {
    const content = entry.children.find(
      (child) => isTag(child) && localName(child) === 'content' && child.attribs.type === 'xhtml',
    );
    return content && isTag(content) ? DomUtils.getInnerHTML(content, { xmlMode: true }) : undefined;
  });
}
