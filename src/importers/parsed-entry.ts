import type { Photo, Source, TranslationKind } from '../domain/article.js';
import type { BodyBlock } from '../domain/body-blocks.js';
import type { EventKind, PartialDate, Place } from '../domain/event.js';
import type { Image } from '../domain/image.js';
import type { RawInput } from './raw-input.js';

/** A named thing as the source labels it (ninjs people, organisations, places). */
export interface Named {
  name: string;
  uri?: string;
  role?: string;
}

/** An event the source itself describes (ninjs eventDetails, a category that names an event). */
export interface SourceEvent {
  name: string;
  kind: EventKind;
  start?: PartialDate;
  end?: PartialDate;
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
  /** The body's structure when the source has markup; `body` holds its plain paragraphs. */
  bodyBlocks?: BodyBlock[];
  publishedAt?: string;
  dateline?: string;
  byline?: string;
  source: Source;
  photo?: Photo;
  /** Pictures the source attaches (media elements, enclosures, associations), lead image first; body images are added when built. */
  images?: Image[];
  /** Metadata the source gives; it wins over extraction from the text. */
  people?: Named[];
  organisations?: Named[];
  places?: Named[];
  events?: SourceEvent[];
  /** Feed categories and tags, classified into people, events and subjects during enrichment. */
  categories?: string[];
  subjects?: string[];
}

/** One parser per input format. */
export interface DocumentParser {
  readonly format: string;
  /** True when the text is in this parser's format (sniffed from the content, not the file name). */
  accepts(text: string, input: RawInput): boolean;
  /** Every entry of the input; throws InputRejectedError with a reason when the input is malformed. */
  parse(text: string, input: RawInput): ParsedEntry[];
}
