import { XMLParser } from 'fast-xml-parser';
import { InputRejectedError } from '../raw-input.js';
import { describeXmlError } from './syntax-errors.js';

const MAX_DEPTH = 64;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: false,
  // Only the five XML entities are decoded; DTDs are refused before parsing (see parseXml).
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) =>
    ['item', 'entry', 'category', 'link', 'media:content', 'media:credit', 'dc:subject'].includes(name),
});

/**
 * XML as plain objects. Documents with a DTD are refused: entity declarations are how entity-expansion
 * ("billion laughs") and external-entity attacks arrive, and feeds never need them.
 */
export function parseXml(text: string): Record<string, unknown> {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) {
    throw new InputRejectedError('XML with a DOCTYPE or entity declarations is not accepted');
  }
  if (nestingDepth(text) > MAX_DEPTH) throw new InputRejectedError(`XML nested deeper than ${MAX_DEPTH} levels`);
  try {
    return parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    throw new InputRejectedError(describeXmlError((error as Error).message));
  }
}

/** The deepest element nesting, counted without building a tree (so absurd nesting cannot exhaust the stack). */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  const tags = /<(\/?)[A-Za-z][^>]*?(\/?)>/g;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    if (match[1]) depth -= 1;
    else if (!match[2]) depth += 1;
    if (depth > max) max = depth;
    if (max > MAX_DEPTH) return max;
  }
  return max;
}

/** The text of an element that may be a string, an object with #text, or absent. */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (typeof value === 'object' && '#text' in value) return textOf((value as Record<string, unknown>)['#text']);
  return undefined;
}

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
