import type { Article, Translation } from '../domain/article.js';
import { bodyJson, joinParts, PART_BYTES, splitParts } from './article-body.js';
import { fromTranslationItem, toTranslationItem } from './items.js';
import * as keys from './keys.js';

type Item = Record<string, unknown>;

/** A translation's items: the translation item, and its body's parts when the body is too long to sit in it. */
export interface TranslationItems {
  language: string;
  item: Item;
  parts: Item[];
}

/**
 * A body up to PART_BYTES stays in the translation item (`bodyParts: 0`: one read, as before); a longer
 * one (up to MAX_BODY_BYTES) moves to `bodyParts` part items carrying the article's version, which the
 * translation item names as `bodyVersion`, so a reader never joins parts of two versions.
 */
export function toTranslationItems(
  translation: Translation,
  article: Pick<Article, 'id' | 'publishedAt' | 'version'>,
): TranslationItems {
  const whole = toTranslationItem(translation, article.publishedAt);
  const { language } = translation;
  if (translation.body === undefined) return { language, item: { ...whole, bodyParts: 0 }, parts: [] };
  const json = bodyJson(`article ${article.id}, translation ${language}`, { body: translation.body });
  if (json.length <= PART_BYTES) return { language, item: { ...whole, bodyParts: 0 }, parts: [] };
  const { body: _body, ...withoutBody } = whole;
  const parts = splitParts(json).map((data, part) => ({
    ...keys.translationBodyKey(article.id, language, part),
    type: 'TranslationBodyPart',
    version: article.version,
    data,
  }));
  return { language, item: { ...withoutBody, bodyParts: parts.length, bodyVersion: article.version }, parts };
}

const partsOf = (item: Item): number => (typeof item.bodyParts === 'number' ? item.bodyParts : 0);

/** The keys of a translation's body parts (none when its body is in the item). */
export function translationPartKeys(item: Item): keys.PrimaryKey[] {
  const articleId = String(item.articleId);
  const language = String(item.language);
  return Array.from({ length: partsOf(item) }, (_, part) => keys.translationBodyKey(articleId, language, part));
}

/** The translation from its item and, when it has any, its body's parts (in key order). */
export function joinTranslation([item, ...parts]: readonly Item[]): Translation {
  if (!item) throw new Error('joinTranslation: no item');
  const translation = fromTranslationItem(item);
  if (partsOf(item) === 0) return translation;
  const what = `article ${String(item.articleId)}, translation ${String(item.language)}`;
  const { body } = joinParts(what, parts, partsOf(item), item.bodyVersion) as { body: string[] };
  return { ...translation, body };
}
