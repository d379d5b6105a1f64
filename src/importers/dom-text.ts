import type { ChildNode, Element } from 'domhandler';
import { cleanText, decodeEntities, ENTITY, MARKUP, markupToText, stripControls } from './text-hygiene.js';

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'head', 'title']);
const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'dt', 'dd']);

/** An element's name without a namespace prefix, lower-cased ("xhtml:P" → "p"). */
export const localName = (node: ChildNode): string =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style'
    ? node.name.replace(/^.*:/, '').toLowerCase()
    : '';

/**
 * Text of a run as it will be stored: entities left over by double encoding decoded, escaped markup
 * removed, control characters gone, whitespace collapsed to single spaces (edges kept).
 */
export function cleanRunText(raw: string): string {
  let text = ENTITY.test(raw) ? decodeEntities(raw) : raw;
  if (MARKUP.test(text)) text = markupToText(text);
  return stripControls(text).replace(/\s+/g, ' ');
}

/** An element's text on one line (minus `except`, e.g. a caption's credit), cleaned like any stored text. */
export function elementText(el: Element, except?: Element): string {
  return cleanText(rawText(el.children, except));
}

function rawText(nodes: readonly ChildNode[], except?: Element): string {
  let out = '';
  for (const node of nodes) {
    if (node === except) continue;
    if (node.type === 'text') out += node.data;
    else if (node.type === 'cdata') out += rawText(node.children, except);
    else if (node.type === 'tag' && !HIDDEN.has(localName(node))) {
      const text = rawText(node.children, except);
      out += BREAKS.has(localName(node)) ? ` ${text} ` : text;
    }
  }
  return out;
}

/** A <pre> element's text with its line breaks; trailing blank lines go. */
export function preformattedText(el: Element): string {
  const raw = rawPre(el.children);
  const text = ENTITY.test(raw) ? decodeEntities(raw) : raw;
  return stripControls(text, true).replace(/^\n+|\s+$/g, '');
}

function rawPre(nodes: readonly ChildNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'text'
        ? node.data
        : node.type === 'tag'
          ? localName(node) === 'br'
            ? '\n'
            : rawPre(node.children)
          : '',
    )
    .join('');
}

export function findAll(nodes: readonly ChildNode[], test: (el: Element) => boolean): Element[] {
  return nodes.flatMap((node) =>
    node.type === 'tag' ? [...(test(node) ? [node] : []), ...findAll(node.children, test)] : [],
  );
}

export const findFirst = (nodes: readonly ChildNode[], test: (el: Element) => boolean): Element | undefined =>
  findAll(nodes, test)[0];
