import { createHash } from 'node:crypto';
import type { ArticleDocument, DateSource, Translation, TranslationKind } from './article.js';
import type { EventCoverage } from './event.js';
import type { Image } from './image.js';
import type { PersonMention } from './person.js';
import { slugify } from './slug.js';

/**
 * A field an editor can correct: `headline`, `summary`, `body`, `publishedAt`, `image` (the lead image),
 * or a translation's `translations.<language>.headline` / `.body` / `.kind`.
 */
export type CorrectableField = string;
/** null removes the value (a summary, the lead image, a translation's body). */
export type FieldValue = string | string[] | Image | null;

/** An editor's value for one field: imports of the source leave it standing. */
export interface FieldOverride {
  field: CorrectableField;
  value: FieldValue;
  /** Fingerprint of the source's value when the editor overrode it: a different one later is a source change. */
  sourceHash: string;
  /** ISO instant. */
  at: string;
}

/** The source changed a field an editor had overridden: kept for an editor to accept, not applied. */
export interface PendingSourceChange {
  field: CorrectableField;
  value: FieldValue;
  /** ISO instant of the import that first brought this value. */
  seenAt: string;
  /** For publishedAt: where the source's date was read, restored when the change is accepted. */
  dateSource?: DateSource;
}

/** A dated correction note as a newspaper prints it (who made it is in the audit log, not here). */
export interface CorrectionNote {
  at: string;
  note: string;
  /** The fields it changed ("headline", "people"). */
  fields: string[];
}

/** People and events an editor added to or removed from the article; imports apply them again. */
export interface MentionEdits {
  addPeople: PersonMention[];
  removePeople: string[];
  addEvents: EventCoverage[];
  removeEvents: string[];
}

const TRANSLATION_FIELD = /^translations\.([A-Za-z0-9-]+)\.(headline|body|kind)$/;
const ARTICLE_FIELDS = new Set(['headline', 'summary', 'body', 'publishedAt', 'image']);

export const isCorrectableField = (field: string): boolean =>
  ARTICLE_FIELDS.has(field) || TRANSLATION_FIELD.test(field);

/** Equal values have equal fingerprints (JSON of the value; absent and null are one). */
export const fingerprint = (value: FieldValue | undefined): string =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null), 'utf8')
    .digest('base64url')
    .slice(0, 16);

/** The document's value of a field (undefined: the document has no such translation). */
export function readField({ article, translations }: ArticleDocument, field: CorrectableField): FieldValue | undefined {
  const match = TRANSLATION_FIELD.exec(field);
  if (match) {
    const translation = translations.find((t) => t.language === match[1]);
    if (!translation) return undefined;
    return match[2] === 'headline'
      ? translation.headline
      : match[2] === 'kind'
        ? translation.kind
        : (translation.body ?? null);
  }
  if (field === 'headline') return article.headline;
  if (field === 'summary') return article.summary ?? null;
  if (field === 'body') return article.body;
  if (field === 'publishedAt') return article.publishedAt;
  return article.images?.[0] ?? null;
}

/**
 * The document with one field set: a headline brings its slug (the old slug item stays and keeps
 * resolving), a body replaces the structured blocks (an editor's body is paragraphs), a date records
 * where it came from.
 */
export function writeField(
  document: ArticleDocument,
  field: CorrectableField,
  value: FieldValue,
  dateSource: DateSource = 'EDITOR',
): ArticleDocument {
  const match = TRANSLATION_FIELD.exec(field);
  if (match) return writeTranslationField(document, match[1] as string, match[2] as string, value);
  const { article } = document;
  switch (field) {
    case 'headline':
      return {
        ...document,
        article: { ...article, headline: value as string, slug: slugOf(value as string, article.id) },
      };
    case 'summary': {
      const { summary: _old, ...rest } = article;
      return { ...document, article: value === null ? rest : { ...rest, summary: value as string } };
    }
    case 'body': {
      const { bodyBlocks: _blocks, ...rest } = article;
      return { ...document, article: { ...rest, body: value as string[] } };
    }
    case 'publishedAt':
      return { ...document, article: { ...article, publishedAt: value as string, dateSource } };
    default: {
      const others = (article.images ?? []).slice(1);
      return { ...document, article: { ...article, images: value === null ? others : [value as Image, ...others] } };
    }
  }
}

function writeTranslationField(document: ArticleDocument, language: string, part: string, value: FieldValue) {
  const { article } = document;
  const known = document.translations.find((t) => t.language === language);
  // A translation the source no longer has comes back only with a headline of its own.
  if (!known && part !== 'headline') return document;
  const base: Translation = known ?? { articleId: article.id, language, headline: '', slug: '', kind: 'HUMAN' };
  const { body: _body, ...withoutBody } = base;
  const translation: Translation =
    part === 'headline'
      ? { ...base, headline: value as string, slug: slugOf(value as string, `${article.id}-${language}`) }
      : part === 'kind'
        ? { ...base, kind: value as TranslationKind }
        : value === null
          ? withoutBody
          : { ...base, body: value as string[] };
  const translations = known
    ? document.translations.map((t) => (t.language === language ? translation : t))
    : [...document.translations, translation];
  const summaries = translations.map(({ language: tag, headline, slug, kind, body }) => ({
    language: tag,
    headline,
    slug,
    kind,
    hasBody: Boolean(body),
  }));
  return { article: { ...article, translations: summaries }, translations };
}

const slugOf = (headline: string, fallback: string) => slugify(headline) || fallback.toLowerCase();

/** The source's people and events with an editor's additions and removals. */
export function applyMentionEdits(document: ArticleDocument, edits: MentionEdits | undefined): ArticleDocument {
  if (!edits) return document;
  const { article } = document;
  const people = article.people.filter((p) => !edits.removePeople.includes(p.personId));
  const events = article.events.filter((e) => !edits.removeEvents.includes(e.eventId));
  return {
    ...document,
    article: {
      ...article,
      people: [...people, ...edits.addPeople.filter((a) => !people.some((p) => p.personId === a.personId))],
      events: [...events, ...edits.addEvents.filter((a) => !events.some((e) => e.eventId === a.eventId))],
      mentionEdits: edits,
    },
  };
}
