import type { Article } from '../domain/article.js';
import { negotiateLanguage } from '../domain/locale.js';
import { keepEdges, type Page } from '../domain/pagination.js';

/** An object together with the locale list it is being served in; nested objects inherit it. */
export type Localized<T> = T & { readonly locales: readonly string[] };

export const localize = <T extends object>(value: T, locales: readonly string[]): Localized<T> => ({
  ...value,
  locales,
});

export const localizePage = <T extends object>(page: Page<T>, locales: readonly string[]): Page<Localized<T>> =>
  keepEdges(page, (node) => localize(node, locales));

export const availableLanguages = (article: Article): string[] => [
  article.language,
  ...article.translations.map((t) => t.language),
];

/** The language served: the first requested one the article has, else the original. */
export const servedLanguage = (article: Localized<Article>): string =>
  negotiateLanguage(article.locales, availableLanguages(article)) ?? article.language;

/** The body's language: the first requested one with a body (a translation may have a headline only), else the original. */
export function bodyLanguage(article: Localized<Article>): string {
  const withBody = [article.language, ...article.translations.filter((t) => t.hasBody).map((t) => t.language)];
  return negotiateLanguage(article.locales, withBody) ?? article.language;
}

/** The served translation's summary, or undefined when the original is served. */
export function servedTranslation(article: Localized<Article>) {
  const language = servedLanguage(article);
  return language === article.language ? undefined : article.translations.find((t) => t.language === language);
}
