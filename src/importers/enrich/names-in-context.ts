import { couldBeFullName } from './names-by-rule.js';
import { isListedGivenName } from './given-names.js';
import { ROLE } from './name-words.js';

// Two or three capitalised words (hyphens and apostrophes inside): the shape of a full name.
const NAME = String.raw`\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,2}`;
const JOIN = '(?:,| and| or| to| und| oder| y| e| et| og| och)';
// "Kalonzo Musyoka, a former vice-president, says": a name the next words say is a role holder.
const APPOSITIVE = new RegExp(
  String.raw`(?<![\p{L}’'-] ?)(${NAME}), (?:a|an|the|el|la|o|il|der|die) (?:[\p{L}-]+ ){0,3}?([\p{L}-]+)(?=[,.;])`,
  'gu',
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Full names the context announces rather than the words themselves: a name listed beside a person the text
 * already names ("from LeBron James to Kevin Durant, Russell Westbrook to Giannis Antetokuonmpo", "Jez Humble
 * und Dave Farley"), and a name followed by a role appositive ("Kalonzo Musyoka, a former vice-president").
 * A listed name must start with a listed given name or be listed beside at least one known full name on each
 * side it is joined to; every candidate must look like a full name (no place, organisation or plant word).
 */
export function namesByContext(text: string, known: readonly string[]): string[] {
  const found = new Set<string>();
  for (const name of known) {
    const other = escapeRegExp(name);
    const after = new RegExp(String.raw`(?<![\p{L}’'-] ?)(${NAME})${JOIN} ${other}(?![\p{L}])`, 'gu');
    const before = new RegExp(String.raw`${other}${JOIN} (${NAME})(?![\p{L}’'-]| \p{Lu})`, 'gu');
    for (const match of [...text.matchAll(after), ...text.matchAll(before)]) found.add(match[1] as string);
  }
  for (const match of text.matchAll(APPOSITIVE)) if (ROLE.test(match[2] as string)) found.add(match[1] as string);
  return [...found].filter((name) => !known.includes(name) && plausible(name));
}

const plausible = (name: string) => {
  const words = name.split(' ');
  return couldBeFullName(words) && (words.length === 2 || isListedGivenName(words[0] as string));
};
