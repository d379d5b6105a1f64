import type { Author } from './author.js';
import type { BodyBlock } from './body-blocks.js';
import type { CorrectionNote, FieldOverride, MentionEdits, PendingSourceChange } from './article-editorial.js';
import type { EventCoverage } from './event.js';
import type { Image } from './image.js';
import type { PersonMention } from './person.js';
import type { QualityFlag } from './quality.js';
import type { RelatedArticle } from './related.js';
import type { SourceRevision } from './revision.js';
import type { TermLink } from './taxonomy.js';

/** How a translation came to be; the seed's Spanish headline is a machine translation, for instance. */
export type TranslationKind = 'HUMAN' | 'MACHINE' | 'UNKNOWN';

export interface Photo {
  credit?: string;
  caption?: string;
}

/** What an article carries about each of its translations, so lists need no extra read. */
export interface TranslationSummary {
  language: string;
  headline: string;
  slug: string;
  kind: TranslationKind;
  hasBody: boolean;
}

export interface Translation extends Omit<TranslationSummary, 'hasBody'> {
  articleId: string;
  /** Paragraphs; absent when only the headline was translated. */
  body?: string[];
}

/** Where publishedAt was read: the item itself, the feed around it (the item had none), a date line, or an editor's correction. */
export const DATE_SOURCES = ['DOCUMENT', 'FEED', 'DATELINE', 'EDITOR'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** Where an article came from. */
export interface Source {
  publisher?: string;
  url?: string;
  /** The source's own id (a guid, a URI). */
  originalId?: string;
  /** The version of the source document the article holds (ninjs version / versionCreated). */
  revision?: SourceRevision;
}

/** UNPUBLISHED: taken down by an editor; no public read shows it (absent on the item: published). */
export type ArticleStatus = 'PUBLISHED' | 'UNPUBLISHED';

export interface Article {
  id: string;
  status?: ArticleStatus;
  slug: string;
  /** BCP 47 tag of the original text. */
  language: string;
  headline: string;
  summary?: string;
  /** What a write stores; an article read back has it empty (the body is read apart, as ArticleBody). */
  body: string[];
  /** The byline exactly as the source wrote it. */
  /** The body's structure; absent when it is plain paragraphs (then `body` says it all). */
  bodyBlocks?: BodyBlock[];
  byline?: string;
  /** The people the byline credits, cleaned (absent on articles stored before authors were read). */
  authors?: Author[];
  source?: Source;
  /** ISO 8601 instant. */
  publishedAt: string;
  /** Where publishedAt was read; absent on articles stored before it was recorded. */
  dateSource?: DateSource;
  /** The date line exactly as the source wrote it, when it had one ("Saturday, November 16"). */
  dateline?: string;
  updatedAt: string;
  version: number;
  /** Superseded by `images` (kept for articles and clients that have it). */
  photo?: Photo;
  /** Pictures, the lead image first: attached by the source, then those placed in the body. */
  images?: Image[];
  translations: TranslationSummary[];
  /** People the article mentions, in order of first mention. */
  people: PersonMention[];
  /**
   * True when `people` and `events` carry each entity's current name (name-copies.ts): written so by
   * imports, kept so by renames and merges. Lists then serve names without reading the entities.
   * Absent on articles stored before, and on the copies person and event pages serve (never relinked).
   */
  namesCanonical?: boolean;
  /** Events the article covers. */
  events: EventCoverage[];
  /**
   * Up to five other articles sharing people or events, most related first; kept current by writes.
   * Absent on an article listed from a feed (its summary): the ranking is read with the article itself.
   */
  related?: RelatedArticle[];
  /** Organisations and places the source names (as given, not entities of their own). */
  organisations?: string[];
  places?: string[];
  /** Topics: source subjects and feed categories that name neither a person nor an event. */
  subjects?: string[];
  /** Subjects, sections, organisations and places as entities (absent on articles stored before them). */
  terms?: TermLink[];
  /** What looks damaged in the text; the text itself is stored as the source wrote it. */
  qualityFlags?: QualityFlag[];
  /** Hash of the imported content: an unchanged re-import is detected without comparing fields. */
  contentHash?: string;
  /** The import build that stored it (importers/build-version.ts): an older build's article is rewritten. */
  buildVersion?: number;
  /** Editors' values for fields (see editorial.ts): imports of the source leave them standing. */
  overrides?: FieldOverride[];
  /** Source changes to overridden fields, waiting for an editor to accept them. */
  pendingSourceChanges?: PendingSourceChange[];
  /** People and events editors added or removed. */
  mentionEdits?: MentionEdits;
  /** Dated correction notes, oldest first. */
  corrections?: CorrectionNote[];
}

/**
 * The original-language body, stored apart from the article (feeds and related-list updates never
 * carry it) and read only by pages that show it; its id is the article's.
 */
export interface ArticleBody {
  articleId: string;
  body: string[];
  bodyBlocks?: BodyBlock[];
}

/** An article together with the translation items stored beside it. */
export interface ArticleDocument {
  article: Article;
  translations: Translation[];
}
