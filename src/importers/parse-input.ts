import { cleanEntry } from './clean-entry.js';
import type { DocumentParser, ParsedEntry } from './parsed-entry.js';
import { feedXmlParser } from './parsers/feed-xml.js';
import { jsonFeedParser } from './parsers/json-feed.js';
import { newsDocumentParser } from './parsers/news-document.js';
import { nitfParser } from './parsers/nitf.js';
import { ninjsParser } from './parsers/ninjs.js';
import { createSeedTextParser } from './parsers/seed-text.js';
import { decodeText, InputRejectedError, type RawInput } from './raw-input.js';

/** Every format the importer reads, most specific first; the content decides, not the file name. */
export function createParsers(importedAt: () => Date): DocumentParser[] {
  return [newsDocumentParser, jsonFeedParser, ninjsParser, nitfParser, feedXmlParser, createSeedTextParser(importedAt)];
}

export interface ParsedInput {
  format: string;
  entries: ParsedEntry[];
}

/** Decodes and parses one input; throws InputRejectedError naming what is wrong. */
export function parseInput(input: RawInput, parsers: readonly DocumentParser[]): ParsedInput {
  const text = decodeText(input);
  if (!text.trim()) throw new InputRejectedError('the document has no text');
  const parser = parsers.find((candidate) => candidate.accepts(text, input));
  if (!parser) throw new InputRejectedError(`unrecognised format: not ${parsers.map((p) => p.format).join(', ')}`);
  // Every parser's output is cleaned here, once: no stored text carries markup, entities or control characters.
  return { format: parser.format, entries: parser.parse(text, input).map(cleanEntry) };
}
