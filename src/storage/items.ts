import type { Article, Translation } from '../domain/article.js';
import { dateSortKey, type NewsEvent } from '../domain/event.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import { translationId, type EntityType, type EntityTypes } from '../domain/entity-reader.js';
import * as keys from './keys.js';

/** Item shapes: the domain object plus its keys and a `type` attribute naming the entity. */
type Item<T, Type extends string> = keys.PrimaryKey & T & { type: Type } & Partial<Record<'GSI1PK' | 'GSI1SK' | 'GSI2PK' | 'GSI2SK', string>>;

export type ArticleItem = Item<Article, 'Article'>;
export type TranslationItem = Item<Translation & { publishedAt: string }, 'Translation'>;
export type PersonItem = Item<Person, 'Person'>;
export type EventItem = Item<NewsEvent, 'Event'>;
export type SlugItem = Item<{ articleId: string; language: string }, 'Slug'>;
export type NameItem = Item<{ personId: string; name: string }, 'Name'>;
export type MentionItem = Item<{ articleId: string; personId: string; publishedAt: string }, 'Mention'>;
export type CoverageItem = Item<{ articleId: string; eventId: string; publishedAt: string }, 'Coverage'>;
export type PersonEventItem = Item<NewsEvent & { personId: string }, 'PersonEvent'>;

export const toArticleItem = (article: Article): ArticleItem => ({ ...keys.articleKey(article.id), ...keys.articleFeedKeys(article), type: 'Article', ...article });

export const toTranslationItem = (translation: Translation, publishedAt: string): TranslationItem => ({
  ...keys.translationKey(translation.articleId, translation.language),
  ...keys.translationFeedKeys(translation.articleId, translation.language, publishedAt),
  type: 'Translation',
  ...translation,
  publishedAt,
});

export const toSlugItem = (articleId: string, slug: string, language: string): SlugItem => ({ ...keys.slugKey(slug, language), type: 'Slug', articleId, language });

export const toPersonItem = (person: Person): PersonItem => ({ ...keys.personKey(person.id), ...keys.personListKeys(normalizeName(person.name), person.id), type: 'Person', ...person });

export const toNameItem = (name: string, personId: string): NameItem => ({ ...keys.nameKey(normalizeName(name), personId), type: 'Name', personId, name });

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

export const toEventItem = (event: NewsEvent): EventItem => ({
  ...keys.eventKey(event.id),
  ...keys.eventListKeys(event.kind, dateSortKey(event.start), event.id),
  type: 'Event',
  ...event,
});

export const toPersonEventItem = (personId: string, event: NewsEvent): PersonEventItem => ({
  ...keys.personEventKey(personId, dateSortKey(event.start), event.id),
  type: 'PersonEvent',
  ...event,
  personId,
});

function withoutKeys<T>(item: Record<string, unknown>): T {
  // Rest destructuring rather than `delete`: deleting properties drops objects into slow dictionary mode.
  const { PK: _pk, SK: _sk, GSI1PK: _g1pk, GSI1SK: _g1sk, GSI2PK: _g2pk, GSI2SK: _g2sk, type: _type, ...rest } = item;
  return rest as T;
}

export function fromArticleItem(item: Record<string, unknown>): Article {
  const article = withoutKeys<Article>(item);
  return { ...article, body: article.body ?? [], translations: article.translations ?? [], people: article.people ?? [], events: article.events ?? [], related: article.related ?? [] };
}

export function fromTranslationItem(item: Record<string, unknown>): Translation {
  const { publishedAt: _feedOnly, ...translation } = withoutKeys<Translation & { publishedAt?: string }>(item);
  return translation;
}

export const fromPersonItem = (item: Record<string, unknown>): Person => withoutKeys<Person>(item);

export function fromEventItem(item: Record<string, unknown>): NewsEvent {
  const { personId: _edgeOnly, ...event } = withoutKeys<NewsEvent & { personId?: string }>(item);
  return event;
}

/** Any entity item back to its domain object, by its `type` attribute. */
export function fromEntityItem(item: Record<string, unknown>): { type: EntityType; id: string; value: EntityTypes[EntityType] } | undefined {
  switch (item.type) {
    case 'Article': {
      const value = fromArticleItem(item);
      return { type: 'Article', id: value.id, value };
    }
    case 'Translation': {
      const value = fromTranslationItem(item);
      return { type: 'Translation', id: translationId(value.articleId, value.language), value };
    }
    case 'Person': {
      const value = fromPersonItem(item);
      return { type: 'Person', id: value.id, value };
    }
    case 'Event': {
      const value = fromEventItem(item);
      return { type: 'Event', id: value.id, value };
    }
    default:
      return undefined;
  }
}
