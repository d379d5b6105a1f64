import nlp from 'compromise';
import { normalizeName } from '../../domain/names.js';
import type { ExtractedPerson } from './people.js';

/** A person the table already holds: the name and the short forms earlier articles used. */
export interface KnownPerson {
  name: string;
  aliases: readonly string[];
}

const TOKEN = /[\p{L}][\p{L}’'-]*/gu;
const MAX_WORDS = 4;

/**
 * The capitalised word sequences of a text (one to four words) that could be a known name or alias:
 * what the importer looks up in the table before enriching, and what linking matches against.
 */
export function nameCandidates(text: string): string[] {
  const found = new Set<string>();
  for (const sentence of text.split(/[.!?;:()"“”«»\n]+/u)) {
    const tokens = [...sentence.matchAll(TOKEN)].map((m) => m[0]);
    const words = tokens.map((token) => token.replace(/['’]s$/, ''));
    words.forEach((word, i) => {
      if (!/^\p{Lu}/u.test(word)) return;
      for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
        if (!/^\p{Lu}/u.test(words[i + n - 1] as string)) break;
        found.add(words.slice(i, i + n).join(' '));
        // A possessive ends a name ("Donald Trump's State of the Union").
        if (tokens[i + n - 1] !== words[i + n - 1]) break;
      }
    });
  }
  return [...found];
}

/**
 * The words worth looking up in the table: one-word candidates that could be a known person's short form
 * (never written in lower case, no date, not an ordinary English word). Full names need no lookup: the
 * text's own rules find them; what the table adds is who a surname alone stands for.
 */
export function lookupCandidates(text: string): string[] {
  return nameCandidates(text).filter((c) => !c.includes(' ') && safeSingleWord(c, text) && !ordinary(c));
}

const ordinary = (word: string) => {
  const tag = LEXICON[word.toLowerCase()];
  return tag !== undefined && !NAME_TAGS.test(tag);
};

/**
 * Known people the text names by their name or an alias the table holds. A one-word alias ("Bolsonaro",
 * "Kane") links only when the text never uses it as an ordinary word (lower case, or a month or weekday:
 * "May" stays a month) and when exactly one known person bears it, so "Trump" with two known Trumps
 * links neither.
 */
export function knownPeopleIn(text: string, known: readonly KnownPerson[]): ExtractedPerson[] {
  const candidates = new Map(nameCandidates(text).map((c) => [normalizeName(c), c]));
  // One entry per person (the table may list a person once per article that named them); a one-word name
  // ("Oscar") is too weak to link without a source that labels it.
  const people = new Map<string, KnownPerson>();
  for (const person of known) {
    const id = normalizeName(person.name);
    if (!id.includes(' ')) continue;
    const seen = people.get(id);
    people.set(id, { name: person.name, aliases: [...(seen?.aliases ?? []), ...person.aliases] });
  }
  const bearers = new Map<string, KnownPerson[]>();
  for (const person of people.values())
    for (const key of new Set([person.name, ...person.aliases].map(normalizeName)))
      bearers.set(key, [...(bearers.get(key) ?? []), person]);
  const linked = new Map<string, ExtractedPerson>();
  for (const [key, used] of candidates) {
    const bearing = bearers.get(key) ?? [];
    if (bearing.length !== 1) continue;
    const person = bearing[0] as KnownPerson;
    if (!key.includes(' ') && !safeSingleWord(used, text)) continue;
    const entry = linked.get(person.name) ?? { name: person.name, aliases: [] };
    if (normalizeName(used) !== normalizeName(person.name) && !entry.aliases.includes(used)) entry.aliases.push(used);
    linked.set(person.name, entry);
  }
  return [...linked.values()];
}

// compromise's lexicon: an English word whose only capitalised use may be a sentence's first word ("Price rises").
const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
// Months and weekdays that are also names ("May", "August", "Juni"): never a name alone.
const DATE_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|märz|mai|juni|juli|mars|mayo|maio|maggio|agosto|giugno|luglio)$/i;
const NAME_TAGS = /^(FirstName|LastName|MaleName|FemaleName|Person)$/;

/**
 * A single capitalised word is a name only if the text never writes it in lower case, it is no date word,
 * and it is either capitalised inside a sentence or not an ordinary English word.
 */
function safeSingleWord(word: string, text: string): boolean {
  if (word.length < 3) return false;
  const lower = word.toLowerCase();
  if (new RegExp(`(^|[^\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text)) return false;
  if (DATE_WORD.test(word)) return false;
  const inside = new RegExp(`[\\p{L},’'] ${word}(?![\\p{L}])`, 'u').test(text);
  return inside || !ordinary(word);
}
