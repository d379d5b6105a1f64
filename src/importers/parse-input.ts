import { cleanEntry } from './clean-entry.js';
import type { DocumentParser, ParsedEntry, ParsedItem } from './parsed-entry.js';
import { feedXmlParser } from './parsers/feed-xml.js';
import { jsonFeedParser } from './parsers/json-feed.js';
import { newsDocumentParser } from './parsers/news-document.js';
import { nitfParser } from './parsers/nitf.js';
import { ninjsParser } from './parsers/ninjs.js';
import { createSeedTextParser } from './parsers/seed-text.js';
import type { QualityFlag } from '../domain/quality.js';
import { decodeInput, InputRejectedError, type RawInput } from './raw-input.js';

/** Every format the importer reads, most specific first; the content decides, not the file name. */
export function createParsers(importedAt: () => Date): DocumentParser[] {
  return [newsDocumentParser, jsonFeedParser, ninjsParser, nitfParser, feedXmlParser, createSeedTextParser(importedAt)];
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
  // Every parser's output is cleaned here, once: no stored text carries markup, entities or control characters.
  const parsed = parser
    .parse(text, input)
    .map((item) => (item.entry ? { ...item, entry: cleanEntry(item.entry) } : item));
  const items = mismatch
    ? parsed.map((item) =>
        item.entry
          ? { ...item, entry: { ...item.entry, flags: [...(item.entry.flags ?? []), encodingFlag(mismatch)] } }
          : item,
      )
    : parsed;
  return { format: parser.format, items, entries: items.flatMap((item) => (item.entry ? [item.entry] : [])) };
}

const encodingFlag = (message: string): QualityFlag => ({
  kind: 'ENCODING_MISMATCH',
  paragraph: -2,
  start: 0,
  end: 0,
  text: '',
  message,
  confidence: 1,
});
