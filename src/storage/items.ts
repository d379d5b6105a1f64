import type { Article, Translation } from '../domain/article.js';
import { dateSortKey, type EventParticipant, isCovered, type NewsEvent } from '../domain/event.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import type { Term, TermKind, TermLink } from '../domain/taxonomy.js';
import * as keys from './keys.js';

/** Item shapes: the domain object plus its keys and a `type` attribute naming the entity. */
type Item<T, Type extends string> = keys.PrimaryKey &
  T & { type: Type } & Partial<Record<'GSI1PK' | 'GSI1SK' | 'GSI2PK' | 'GSI2SK', string>>;

export type ArticleItem = Item<Omit<Article, 'body' | 'bodyBlocks'> & { bodyParts: number }, 'Article'>;
export type ArticleSummaryItem = Item<Omit<Article, 'body' | 'bodyBlocks' | 'related'>, 'ArticleSummary'>;
export type TranslationItem = Item<Translation & { publishedAt: string }, 'Translation'>;
export type PersonItem = Item<Person, 'Person'>;
export type EventItem = Item<NewsEvent, 'Event'>;
export type SlugItem = Item<{ articleId: string; language: string }, 'Slug'>;
export type NameItem = Item<{ personId: string; name: string }, 'Name'>;
export type MentionItem = Item<{ articleId: string; personId: string; publishedAt: string }, 'Mention'>;
export type TermItem = Item<Term, TermKind>;
export type FilingItem = Item<{ articleId: string; kind: TermKind; termId: string; publishedAt: string }, 'Filing'>;
export type CoverageItem = Item<{ articleId: string; eventId: string; publishedAt: string }, 'Coverage'>;
/** A participation edge: the participant, and a copy of the event for the person's timeline. */
export type ParticipationItem = Item<
  Omit<NewsEvent, 'participantCount'> & { eventId: string; personId: string; personName: string },
  'Participation'
>;

/** The article item: everything but the body (stored in `bodyParts` parts of its own), and no index keys. */
export function toArticleItem(article: Article, bodyParts: number): ArticleItem {
  const { body: _body, bodyBlocks: _blocks, ...rest } = article;
  return { ...keys.articleKey(article.id), type: 'Article', ...rest, bodyParts };
}

/** What the feeds index of an article: neither its body nor its related list (derived data, updated often). */
export function toArticleSummaryItem(article: Article): ArticleSummaryItem {
  const { body: _body, bodyBlocks: _blocks, related: _related, ...rest } = article;
  return { ...keys.articleSummaryKey(article.id), ...keys.articleFeedKeys(article), type: 'ArticleSummary', ...rest };
}

export const toTranslationItem = (translation: Translation, publishedAt: string): TranslationItem => ({
  ...keys.translationKey(translation.articleId, translation.language),
  type: 'Translation',
  ...translation,
  publishedAt,
});

export type LanguageEntryItem = Item<{ articleId: string; language: string }, 'LanguageEntry'>;

export const toLanguageEntryItem = (articleId: string, language: string, publishedAt: string): LanguageEntryItem => ({
  ...keys.languageEntryKeys(articleId, language, publishedAt),
  type: 'LanguageEntry',
  articleId,
  language,
});

export type ReviewItem = Item<{ articleId: string; queue: string; publishedAt: string }, 'Review'>;

/** An article in one review queue (all open flags, or one kind). */
export const toReviewItem = (articleId: string, queue: string, publishedAt: string): ReviewItem => ({
  ...keys.reviewKeys(articleId, queue, publishedAt),
  type: 'Review',
  articleId,
  queue,
  publishedAt,
});

export type UpdateEntryItem = Item<{ articleId: string; updatedAt: string }, 'UpdateEntry'>;

/** The article's entry in the by-last-change feed (written with the article, in its transaction). */
export const toUpdateEntryItem = (article: Pick<Article, 'id' | 'updatedAt'>): UpdateEntryItem => ({
  ...keys.updateEntryKeys(article.id, article.updatedAt),
  type: 'UpdateEntry',
  articleId: article.id,
  updatedAt: article.updatedAt,
});

export const toSlugItem = (articleId: string, slug: string, language: string): SlugItem => ({
  ...keys.slugKey(slug, language),
  type: 'Slug',
  articleId,
  language,
});

export const toPersonItem = (person: Person): PersonItem => ({
  ...keys.personKey(person.id),
  ...keys.personListKeys(normalizeName(person.name), person.id),
  type: 'Person',
  ...person,
});

export const toNameItem = (name: string, personId: string): NameItem => ({
  ...keys.nameKey(normalizeName(name), personId),
  type: 'Name',
  personId,
  name,
});

export const toMentionItem = (articleId: string, personId: string, publishedAt: string): MentionItem => ({
  ...keys.mentionKeys(articleId, personId, publishedAt),
  type: 'Mention',
  articleId,
  personId,
  publishedAt,
});

export const toCoverageItem = (articleId: string, eventId: string, publishedAt: string): CoverageItem => ({
  ...keys.coverageKeys(articleId, eventId, publishedAt),
  type: 'Coverage',
  articleId,
  eventId,
  publishedAt,
});

export const toTermItem = (term: Term): TermItem => ({
  ...keys.termKey(term.kind, term.id),
  ...term,
  type: term.kind,
});

export const fromTermItem = (item: Record<string, unknown>): Term => withoutKeys<Term>(item);

export const toFilingItem = (articleId: string, link: TermLink, publishedAt: string): FilingItem => ({
  ...keys.termEdgeKeys(articleId, link.kind, link.termId, publishedAt),
  type: 'Filing',
  articleId,
  kind: link.kind,
  termId: link.termId,
  publishedAt,
});

export const toEventItem = (event: NewsEvent): EventItem => ({
  ...keys.eventKey(event.id),
  ...keys.eventListKeys(event.kind, dateSortKey(event.start), event.id),
  type: 'Event',
  ...event,
});

export function toParticipationItem(participant: EventParticipant, event: NewsEvent): ParticipationItem {
  // The timeline copy carries what a reader sees, not the editors' bookkeeping.
  const {
    participantCount: _count,
    articleCount: _articles,
    covered: _covered,
    participants: _participants,
    overrides: _overrides,
    removedParticipants: _removed,
    ...copy
  } = event as NewsEvent & { participants?: unknown };
  return {
    ...keys.participationKeys(event.id, participant.personId, dateSortKey(event.start), event.kind),
    type: 'Participation',
    ...copy,
    eventId: event.id,
    personId: participant.personId,
    personName: participant.name,
    // Person pages hide an event no published article covers; event-coverage.ts keeps the mark.
    covered: isCovered(event),
  };
}

/** Keys, and storage's own bookkeeping (how many parts an article's body has). */
const KEY_ATTRIBUTES = new Set(['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'type', 'bodyParts']);

/**
 * The domain object inside an item, without its keys (and any `alsoDrop` attributes). The SDK
 * unmarshalls items into V8's slow dictionary-mode objects; rest destructuring copies those at ~9 µs
 * per article, copying name by name at ~1.5 µs and into a fast object (profiled under npm run bench).
 */
function withoutKeys<T>(item: Record<string, unknown>, ...alsoDrop: string[]): T {
  const value: Record<string, unknown> = {};
  for (const name of Object.keys(item)) {
    if (!KEY_ATTRIBUTES.has(name) && !alsoDrop.includes(name)) value[name] = item[name];
  }
  return value as T;
}

/** An article item, or a summary from a feed (which has no `related`); the body is read apart. */
export function fromArticleItem(item: Record<string, unknown>): Article {
  // The translations' part counts are the writer's (parts a shorter body no longer needs), not the article's.
  const article = withoutKeys<Article>(item, 'translationBodyParts');
  article.body ??= [];
  article.translations ??= [];
  article.people ??= [];
  article.events ??= [];
  if (item.type === 'Article') article.related ??= [];
  return article;
}

/** How many body parts an article item says it has (0 before any body was written). */
export const bodyPartsOf = (item: Record<string, unknown> | undefined): number =>
  typeof item?.bodyParts === 'number' ? item.bodyParts : 0;

/** How many body parts each translation had, by language, as the article item records them (none: none split). */
export function translationBodyPartsOf(item: Record<string, unknown> | undefined): Record<string, number> {
  const recorded = item?.translationBodyParts;
  return recorded && typeof recorded === 'object' ? (recorded as Record<string, number>) : {};
}

/** A translation item carries its article's publication time for the feed index only, and its parts' version. */
export const fromTranslationItem = (item: Record<string, unknown>): Translation =>
  withoutKeys<Translation>(item, 'publishedAt', 'bodyVersion');

export const fromPersonItem = (item: Record<string, unknown>): Person => withoutKeys<Person>(item);

export function fromEventItem(item: Record<string, unknown>): NewsEvent {
  const event = withoutKeys<NewsEvent & { participants?: unknown }>(item);
  // Items written before participants became edges carried the list itself.
  if (event.participantCount === undefined)
    event.participantCount = Array.isArray(event.participants) ? event.participants.length : 0;
  delete event.participants;
  return event;
}

/** A person's timeline entry: the event as copied onto the participation edge. */
export function fromParticipationEvent(item: Record<string, unknown>): NewsEvent {
  const { eventId, personId: _person, personName: _name, ...event } = withoutKeys<ParticipationItem>(item);
  return { ...event, id: eventId };
}

export const fromParticipant = (item: Record<string, unknown>): EventParticipant => ({
  personId: String(item.personId),
  name: String(item.personName),
});
