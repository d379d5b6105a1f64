import { decodeEntities, stripControls } from './text-hygiene.js';

export { decodeEntities };

const BLOCK = /<\/?(p|div|section|article|br|h[1-6]|li|ul|ol|blockquote|tr|table|figure|figcaption|header|footer)\b[^>]*>/gi;

/**
 * Paragraphs of an HTML fragment: block elements split paragraphs; scripts, styles and images go;
 * inline tags are dropped and their text kept. Written for bodies, not for arbitrary web pages.
 */
export function htmlToParagraphs(html: string): string[] {
  const text = html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  return stripControls(decodeEntities(text), true)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Plain text split into paragraphs at blank lines (or single newlines when there are no blank lines). */
export function textToParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const parts = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
