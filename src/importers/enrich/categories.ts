import nlp from 'compromise';
import { isListedGivenName } from './given-names.js';
import { FUNCTION_WORD, NOT_A_NAME } from './name-words.js';

const CAPITALISED = /^\p{Lu}[\p{L}’'.-]*$/u;

/**
 * A feed category that is a person tag (the Guardian's "Taylor Swift", "Frank Capra"): two or three
 * capitalised words that compromise reads as one person, or that start with a listed given name and hold
 * no place, organisation or function word ("Manchester United", "Las Vegas", "Miami Heat" stay subjects).
 * A tag names the person by the publisher's own choice, so a given name is a strong enough cue here,
 * unlike in running text where "Santiago" or "Georgia" are often places.
 */
export function isPersonTag(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => CAPITALISED.test(w))) return false;
  if ((nlp(name).people().out('array') as string[])[0]?.length === name.length) return true;
  return isListedGivenName(words[0] as string) && !words.some((w) => NOT_A_NAME.test(w) || FUNCTION_WORD.test(w));
}

const SPORT =
  /\b(sports?|football|soccer|premier league|champions league|nba|nfl|basketball|baseball|tennis|cricket|rugby|golf|fu(ß|ss)ball|bundesliga|f[úu]tbol|futebol|calcio|fotball|fotboll|deporte?s?|esporte?s?)\b/i;

/** Copy the source files under sport (a category, section or subject says so): its people go by surname alone. */
export const isSportsCopy = (labels: readonly string[]): boolean => labels.some((label) => SPORT.test(label));
