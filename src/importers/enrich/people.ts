import nlp from 'compromise';
import { normalizeName } from '../../domain/names.js';
import { isGivenName } from './name-words.js';
import { couldBeFullName, namesByRule, sportsSurnamesIn } from './names-by-rule.js';
import { namesByContext } from './names-in-context.js';

export interface ExtractedPerson {
  name: string;
  aliases: string[];
  /** The appositive the text gives before the name, as written ("The North Korean leader"). */
  role?: string;
}

const NAME_TOKEN = /^[A-Z][\p{L}’'-]*$/u;

/**
 * People named in text. In English compromise finds names; in every Latin-script language rules add
 * runs of capitalised words that start with a given name or that a role or honorific announces
 * (names-by-rule.ts). Hyphenated names compromise cuts are repaired ("Kim Jong-" → "Kim Jong-un"),
 * short forms fold into full names ("Kim", "Mr Ings", "Sra. Rousseff"), plants and places named like
 * people are dropped ("Douglas Fir"), one-word names seen fewer than three times are dropped, and
 * the role phrase the text puts before a name is kept.
 */
export function extractPeople(
  paragraphs: readonly string[],
  { language = 'en', firstIsHeadline = false, sportsCopy = false } = {},
): ExtractedPerson[] {
  const text = paragraphs.join('\n\n');
  const english = language.toLowerCase().startsWith('en');
  const spans = english
    ? (nlp(text).people().json({ offset: true, text: true }) as { offset: { start: number; length: number } }[])
        .map(({ offset }) => repairName(text, offset.start, offset.start + offset.length))
        .filter((name) => name.split(/\s+/).every((token) => NAME_TOKEN.test(token)))
        // "in Being John Malkovich": a title that starts with a verb form is a film or a book, not a person.
        .filter((name) => !(nlp(name.split(' ')[0] as string).has('#Gerund') as boolean))
    : [];
  // English headlines run names into title-case words ("Trump State of the Union"): rules read only the body there.
  const byRule = namesByRule(english && firstIsHeadline ? paragraphs.slice(1) : paragraphs, {
    reuse: true,
    capitalisedNouns: language.toLowerCase().startsWith('de'),
    sportsCopy,
  });

  // Sports headlines are sentence case and name players by surname: the sports rule reads them too.
  const mononyms = [
    ...byRule.mononyms,
    ...(english && firstIsHeadline && sportsCopy ? sportsSurnamesIn(paragraphs[0] ?? '') : []),
  ];
  const stripped = [...spans.map((span) => stripHonorific(span)), ...byRule.full];
  const titles = new Map(stripped.filter((s) => s.title).map((s) => [s.name, s.title as string]));
  const names = stripped.map((s) => s.name);
  const named = unique(names.filter((name) => name.includes(' ') && couldBeFullName(name.split(' '))));
  const full = unique([...named, ...namesByContext(text, named)]);
  const people = new Map<string, ExtractedPerson>(full.map((name) => [name, { name, aliases: [] }]));
  const singles = names.filter((name) => !name.includes(' '));
  for (const single of unique([...singles, ...byRule.singles, ...mononyms])) {
    const owner = full.find((name) => name.split(/[\s-]+/).some((token) => token === single));
    // "Donald" alone is not Donald Trump's short form; "Kim" is Kim Jong-un's (family name first, given name hyphenated).
    if (owner && owner.split(' ')[0] === single && isGivenName(single) && !owner.includes('-')) continue;
    if (owner) {
      const person = people.get(owner) as ExtractedPerson;
      if (!person.aliases.includes(single)) person.aliases.push(single);
    } else if (
      (singles.filter((s) => s === single).length >= 3 || mononyms.includes(single)) &&
      !pluralIn(text, single)
    ) {
      // One-word names seen once or twice are mostly not people ("Taylor" of a product, a place), unless a role announces them.
      people.set(single, { name: single, aliases: [] });
    }
  }
  for (const person of people.values()) {
    const role = rolePhraseBefore(text, person.name) ?? titles.get(person.name) ?? titleBefore(text, person.name);
    if (role) person.role = role;
  }
  return [...people.values()];
}

const HONORIFIC_WORDS =
  '(Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Governor|Gov|Senator|Sen|Rep|Representative|President|General|Gen|Sir|Dame|Lord|Lady|Judge|Justice|Captain|Capt|Chancellor|Minister|Mayor|Pope|King|Queen|Prince|Princess|Sheikh|Rev|Reverend|Coach)';
const HONORIFICS = new RegExp(`^${HONORIFIC_WORDS}\\.? (?=[A-Z])`);

/** The honorific the text puts right before a name ("Governor Bob Holden"), when compromise left it out. */
function titleBefore(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\b${HONORIFIC_WORDS}\\.? ${escaped}\\b`).exec(text);
  return match?.[1];
}

/** "Governor Bob Holden" → name "Bob Holden", title "Governor"; "Mr Ings" → "Ings", a short form to fold. */
export function stripHonorific(name: string): { name: string; title?: string } {
  const match = HONORIFICS.exec(name);
  if (!match) return { name };
  return { name: name.slice(match[0].length), title: match[1] as string };
}

/** Extends a match over a hyphenated tail and trims punctuation and possessives. */
function repairName(text: string, start: number, end: number): string {
  let stop = end;
  while (stop < text.length && /[\p{L}-]/u.test(text[stop] as string) && /-$|[\p{L}]$/u.test(text.slice(start, stop)))
    stop++;
  // A possessive ends the name: "Donald Trump's State of the Union" names Donald Trump.
  return text
    .slice(start, stop)
    .replace(/['’]s(\s.*)?$/, '')
    .replace(/[\s,.;:!?“”"()]+$/u, '')
    .replace(/^[\s“”"(]+/u, '')
    .replace(/\s+/g, ' ');
}

/** "The North Korean leader, Kim Jong-un," → "The North Korean leader". */
function rolePhraseBefore(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\b((?:[Tt]he|[Aa]n?) (?:[\\p{L}’'-]+ ){0,5}?[\\p{L}’'-]+), ${escaped}\\b`, 'u').exec(text);
  return match?.[1];
}

/** "Oscars" beside "Oscar": a word the text also puts in the plural names a thing, not a person. */
const pluralIn = (text: string, word: string) => new RegExp(`\\b${word}s\\b`).test(text);

const unique = (names: string[]) => [...new Map(names.map((n) => [normalizeName(n), n])).values()];

// Phrases that point into the article ("president of this country") or at a time ("the past year") say
// nothing about the person outside it: they stay the mention's role and never become the description.
const DEICTIC =
  /\b(this|that|these|those|here|there|its|his|her|their|our|past|next|last|previous|same|other|year|month|week|day|time)\b/i;

/** A role phrase as a person's description ("The former US president" → "former US president"), or none when it only makes sense in the article. */
export const describeRole = (role: string): string | undefined =>
  DEICTIC.test(role) ? undefined : role.replace(/^(the|an?)\s+/i, '');
