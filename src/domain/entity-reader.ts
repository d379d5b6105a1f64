import type { Article, ArticleBody, Translation } from './article.js';
import type { Tombstone } from './article-deletion.js';
import type { NewsEvent } from './event.js';
import type { Person } from './person.js';
import type { Term } from './taxonomy.js';

/** Everything that can be read by id; a Translation's id is `<articleId>/<language>`. */
export interface EntityTypes {
  Article: Article;
  /** An article's original-language body, by the article's id. */
  ArticleBody: ArticleBody;
  Person: Person;
  Event: NewsEvent;
  Translation: Translation;
  Subject: Term;
  Section: Term;
  Organisation: Term;
  Place: Term;
  Genre: Term;
  /** A deleted article's tombstone, by the article's id (read by imports; not a GraphQL node). */
  Tombstone: Tombstone;
}

export type EntityType = keyof EntityTypes;

export interface EntityRef<T extends EntityType = EntityType> {
  type: T;
  id: string;
}

export const entityRefKey = (ref: EntityRef): string => `${ref.type}:${ref.id}`;
export const translationId = (articleId: string, language: string): string => `${articleId}/${language}`;

export function parseTranslationId(id: string): { articleId: string; language: string } {
  const slash = id.lastIndexOf('/');
  return { articleId: id.slice(0, slash), language: id.slice(slash + 1) };
}

/** The port for reading entities of any type by id, many at once (one round trip per 100). */
export interface EntityReader {
  /** Found entities keyed by entityRefKey; missing ones are absent. */
  getMany(refs: readonly EntityRef[]): Promise<Map<string, EntityTypes[EntityType]>>;
}
