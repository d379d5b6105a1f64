import type { DocumentParser, ParsedEntry, ParsedItem } from './parsed-entry.js';
import { feedXmlParser } from './parsers/feed-xml.js';
import { jsonFeedParser } from './parsers/json-feed.js';
import { newsDocumentParser } from './parsers/news-document.js';
import { ninjsParser } from './parsers/ninjs.js';
import { createSeedTextParser } from './parsers/seed-text.js';
import type { QualityFlag } from '../domain/quality.js';
import { decodeInput, InputRejectedError, type RawInput } from './raw-input.js';

/** Every format the importer reads, most specific first; the content decides, not the file name. */
export function createParsers(importedAt: () => Date): DocumentParser[] {
  return [newsDocumentParser, jsonFeedParser, ninjsParser, feedXmlParser, createSeedTextParser(importedAt)];
}

export interface ParsedInput {
  format: string;
  /** Every item in document order, read or refused. */
  items: ParsedItem[];
  /** The items that were read. */
  entries: ParsedEntry[];
}

/** Decodes and parses one input; throws InputRejectedError naming what is wrong. */
export function parseInput(input: RawInput, parsers: readonly DocumentParser[]): ParsedInput {
  const { text, mismatch } = decodeInput(input);
  if (!text.trim()) throw new InputRejectedError('the document has no text');
  const parser = parsers.find((candidate) => candidate.accepts(text, input));
  if (!parser) throw new InputRejectedError(`unrecognised format: not ${parsers.map((p) => p.format).join(', ')}`);
  const parsed = parser.parse(text, input);
  const items = mismatch ? parsed.map((item) => (item.entry ? { entry: { ...item.entry, flags: [...(item.entry.flags ?? []), encodingFlag(mismatch)] } } : item)) : parsed;
  return { format: parser.format, items, entries: items.flatMap((item) => (item.entry ? [item.entry] : [])) };
}

const encodingFlag = (message: string): QualityFlag => ({ kind: 'ENCODING_MISMATCH', paragraph: -2, start: 0, end: 0, text: '', message, confidence: 1 });
