import { blocksToParagraphs, type BodyBlock } from '../domain/body-blocks.js';
import { parseBody, type BodyOptions } from './body-parser.js';
import { decodeEntities } from './text-hygiene.js';

export { decodeEntities };

/** Plain-text paragraphs of an HTML fragment (the text of its blocks; images and embeds carry none). */
export function htmlToParagraphs(html: string): string[] {
  return blocksToParagraphs(parseBody(html));
}

/** Plain text split into paragraphs at blank lines (or single newlines when there are no blank lines). */
export function textToParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const parts = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** An entry's body from markup (HTML, XHTML, NITF): the blocks and the plain paragraphs derived from them. */
export function bodyFromMarkup(markup: string, options: BodyOptions = {}): { body: string[]; bodyBlocks: BodyBlock[] } {
  const bodyBlocks = parseBody(markup, options);
  return { body: blocksToParagraphs(bodyBlocks), bodyBlocks };
}
