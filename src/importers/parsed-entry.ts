import type { DateSource, Photo, Source, TranslationKind } from '../domain/article.js';
import type { Author } from '../domain/author.js';
import type { QualityFlag } from '../domain/quality.js';
import type { EventKind, PartialDate, Place, StatedDate } from '../domain/event.js';
import type { BodyBlock } from '../domain/body-blocks.js';
import type { Image } from '../domain/image.js';
import type { RawInput } from './raw-input.js';

/** A named thing as the source labels it (ninjs people, organisations, places). */
export interface Named {
  name: string;
  uri?: string;
  /** The role the source states ("the mathematician"). */
  role?: string;
  /** How the document relates to it (ninjs rel: "about", "mentions"); not a role. */
  rel?: string;
  /** The vocabulary the source files it under (RSS category domain, Atom scheme, ninjs scheme). */
  scheme?: string;
  /** Its id in that vocabulary (Atom term, ninjs code or literal). */
  code?: string;
}

/** An event the source itself describes (ninjs eventDetails, a category that names an event). */
export interface SourceEvent {
  name: string;
  kind: EventKind;
  start?: PartialDate;
  end?: PartialDate;
  /** Set instead of `start` when the date comes from a span flagged as damaged. */
  statedDate?: StatedDate;
  place?: Place;
  participants: string[];
}

/** One article (or event) read from an input, before enrichment. Text is kept as the source wrote it. */
export interface ParsedEntry {
  kind: 'article' | 'event';
  /** The source's own identity (URI, guid, canonical link); the content is hashed when there is none. */
  sourceId?: string;
  language?: string;
  headline: string;
  otherHeadlines: { text: string; language?: string; kind?: TranslationKind; body?: string[] }[];
  summary?: string;
  body: string[];
  /** Always read from the input (never the import time); see item-date.ts. */
  /** The body's structure when the source has markup; `body` holds its plain paragraphs. */
  bodyBlocks?: BodyBlock[];
  publishedAt?: string;
  dateSource?: DateSource;
  dateline?: string;
  byline?: string;
  /** Authors the source lists one by one (JSON Feed authors, ninjs bylines); else read from byline. */
  authors?: Author[];
  source: Source;
  photo?: Photo;
  /** Pictures the source attaches (media elements, enclosures, associations), lead image first; body images are added when built. */
  images?: Image[];
  /** Metadata the source gives; it wins over extraction from the text. */
  people?: Named[];
  organisations?: Named[];
  places?: Named[];
  /** What kind of piece the item is (IPTC genre NewsCodes, a ninjs `genres` entry): an interview, an obituary. */
  genres?: Named[];
  events?: SourceEvent[];
  /** Feed categories and tags, classified into sections, authors, people, events and subjects during enrichment. */
  categories?: Named[];
  /** Subjects the source files the item under (a plain label, or with its vocabulary and code). */
  subjects?: (string | Named)[];
  /** Sections of the publication the source files the item in. */
  sections?: Named[];
  /** What the parser noticed about the input itself (a date taken from the feed). */
  flags?: QualityFlag[];
}

/** One item of an input: read, or refused with a reason while the input's other items still import. */
export type ParsedItem = { entry: ParsedEntry; reason?: undefined } | { entry?: undefined; reason: string };

/** One parser per input format. */
export interface DocumentParser {
  readonly format: string;
  /** True when the text is in this parser's format (sniffed from the content, not the file name). */
  accepts(text: string, input: RawInput): boolean;
  /**
   * Every item of the input in document order, each read or refused on its own; throws
   * InputRejectedError only when the input as a whole cannot be read (malformed XML, no items array).
   */
  parse(text: string, input: RawInput): ParsedItem[];
}
