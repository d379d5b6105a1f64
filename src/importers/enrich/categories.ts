import nlp from 'compromise';
import type { SourceEvent } from '../parsed-entry.js';
import { classifyEventKind, namesAnEvent } from './event-kinds.js';
import { isListedGivenName } from './given-names.js';
import { FUNCTION_WORD, NOT_A_NAME } from './name-words.js';
import { stripHonorific } from './people.js';

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

/** Feed categories: a person tag is a person, an event word makes an event, the rest are subjects. */
export function classifyCategories(categories: readonly string[]) {
  const people: { name: string; aliases: string[] }[] = [];
  const events: SourceEvent[] = [];
  const subjects: string[] = [];
  for (const category of categories) {
    const name = category.trim().replace(/\s+/g, ' ');
    if (isPersonTag(name)) people.push({ name: stripHonorific(name).name, aliases: [] });
    else if (namesAnEvent(name)) events.push({ name, kind: classifyEventKind(name), participants: [] });
    else subjects.push(name);
  }
  return { people, events, subjects };
}
