import { InvalidInputError } from './errors.js';

/**
 * A BCP 47 language tag as this API accepts it anywhere (arguments, headers, documents): a 2-3 letter language
 * and up to three subtags ("en", "pt-BR", "zh-Hant-TW"), any case. The one definition; do not write another.
 */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const TAG = LANGUAGE_TAG;
const MAX_LOCALES = 10;

/** Checks a locale list given as an argument: BCP 47 tags, at most 10, in order of preference. */
export function validateLocales(locales: readonly string[]): string[] {
  if (locales.length > MAX_LOCALES)
    throw new InvalidInputError(`locale: at most ${MAX_LOCALES} languages, got ${locales.length}`);
  for (const tag of locales) {
    if (!TAG.test(tag))
      throw new InvalidInputError(`locale: "${tag.slice(0, 40)}" is not a BCP 47 language tag such as "es" or "pt-BR"`);
  }
  return locales.map((tag) => tag.toLowerCase());
}

/** The languages of an Accept-Language header, most preferred first; malformed parts are ignored. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, quality }) => TAG.test(tag) && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag)
    .slice(0, MAX_LOCALES);
}

/**
 * The first of `wanted` that `available` has: an exact tag first, then the same primary language
 * ("es-MX" is served by "es", "pt" by "pt-BR"). Undefined when none matches.
 */
export function negotiateLanguage(wanted: readonly string[], available: readonly string[]): string | undefined {
  const lower = available.map((tag) => tag.toLowerCase());
  for (const tag of wanted) {
    const exact = lower.indexOf(tag);
    if (exact >= 0) return available[exact];
    const primary = tag.split('-')[0];
    const close = lower.findIndex((candidate) => candidate.split('-')[0] === primary);
    if (close >= 0) return available[close];
  }
  return undefined;
}
