import { normalizeName } from '../../domain/names.js';
import { type KnownPerson, knownPeopleIn } from './known-people.js';
import { extractPeople, type ExtractedPerson } from './people.js';

const BYLINE_PREFIX = /^(by|von|por|di|da|av|af|de)\s+/i;
const SPLIT = /\s*(?:,|\/|\||&|\band\b|\bund\b|\by\b|\be\b|\bog\b|\boch\b)\s*/i;
const BYLINE_LINE = /^(by|von|por|di|av|af)\s+(\p{Lu}[\p{L}’'.-]*[\s,]*(and|und|e|y|og|och)?\s*){2,8}$/iu;
const HEADLINE_SUFFIX = /\s\|\s*([^|]{3,60})$/;
const WRITES = /\b(?:writes|schreibt|escribe|escreve|scrive|skriver)\s+((?:\p{Lu}[\p{L}’'.-]*\s?){2,4})/gu;

/**
 * Who wrote the piece: the byline ("David Smith in Washington", "Von Christian Hollmann, dpa"), a
 * Guardian-style "| Author" headline suffix, and "writes X". Authors are not the story's people.
 */
export function authorsOf(entry: {
  byline?: string;
  headline: string;
  body: readonly string[];
  summary?: string;
}): string[] {
  const fromByline = (entry.byline ?? '').replace(BYLINE_PREFIX, '').split(SPLIT);
  const suffix = HEADLINE_SUFFIX.exec(entry.headline)?.[1];
  const writes = [...[entry.summary ?? '', ...entry.body].join('\n').matchAll(WRITES)].map((m) => m[1] as string);
  // A body line that is a byline ("Por Matt Spetalnick e Jason Szep"), as agency copy in feeds has.
  const bylineLines = entry.body
    .filter((line) => BYLINE_LINE.test(line))
    .flatMap((line) => line.replace(BYLINE_PREFIX, '').split(SPLIT));
  return [...fromByline, ...bylineLines, ...(suffix ? [suffix] : []), ...writes]
    .map((a) => a.trim().replace(/[.,;:]+$/, ''))
    .filter(Boolean);
}

// "David Smith in Washington" and "Damian Carrington Environment editor" still name David Smith and Damian Carrington.
const isAuthor = (name: string, authors: readonly string[]) =>
  authors.some((author) => ` ${normalizeName(author)} `.includes(` ${normalizeName(name)} `));
const keys = (p: ExtractedPerson) => [p.name, ...p.aliases].map(normalizeName);

/**
 * The people of an entry: those the source labels (metadata, person tags) first, then those found in
 * the text in any language, without the authors. A labelled person keeps the aliases the text gives, and
 * the role the text gives unless the source states one (news-document people[].role). People the table
 * already knows are linked where the text uses their name or an alias, unless a person of this text
 * already bears that word ("Trump" beside "Donald Trump" stays his).
 */
export function peopleOfEntry(
  labelled: readonly ExtractedPerson[],
  headline: string,
  body: readonly string[],
  language: string,
  authors: readonly string[],
  known: readonly KnownPerson[] = [],
  { sportsCopy = false } = {},
): ExtractedPerson[] {
  const extracted = extractPeople([headline, ...body], { language, firstIsHeadline: true, sportsCopy });
  const people: ExtractedPerson[] = labelled.map((person) => {
    const match = extracted.find((e) => keys(e).some((k) => keys(person).includes(k)));
    return match
      ? {
          name: person.name,
          aliases: unique([...person.aliases, ...match.aliases, ...(match.name !== person.name ? [match.name] : [])]),
          ...((person.role ?? match.role) ? { role: (person.role ?? match.role) as string } : {}),
        }
      : person;
  });
  for (const person of extracted) {
    if (people.some((p) => keys(p).some((k) => keys(person).includes(k)))) continue;
    // "Giroud" in the text, "Olivier Giroud" as the feed's person tag: the surname is his short form.
    const owners = person.name.includes(' ')
      ? []
      : people.filter((p) => tokensOf(p.name).includes(normalizeName(person.name)));
    if (owners.length === 1) (owners[0] as ExtractedPerson).aliases.push(person.name);
    else people.push(person);
  }
  const words = new Set(people.flatMap((p) => normalizeName(p.name).split(' ')));
  for (const person of knownPeopleIn([headline, ...body].join('\n'), known)) {
    const same = people.find((p) => keys(p).some((k) => keys(person).includes(k)));
    if (same) continue;
    const aliases = person.aliases.filter((a) => !words.has(normalizeName(a)));
    if (aliases.length < person.aliases.length && !aliases.length) continue;
    people.push({ ...person, aliases });
  }
  return people.filter((person) => !isAuthor(person.name, authors));
}

const unique = (names: string[]) => [...new Set(names)];
const tokensOf = (name: string) => normalizeName(name).split(' ');
