import nlp from 'compromise';
import { normalizeName } from '../../domain/names.js';

export interface ExtractedPerson {
  name: string;
  aliases: string[];
  /** The appositive the text gives before the name, as written ("The North Korean leader"). */
  role?: string;
}

const NAME_TOKEN = /^[A-Z][\p{L}’'-]*$/u;

/**
 * People named in English text. compromise finds the names; this repairs hyphenated names it cuts
 * ("Kim Jong-" → "Kim Jong-un"), folds short forms into full names ("Kim", "Putin"), drops one-word
 * names seen once (usually not people), and keeps the role phrase the text puts before a name.
 */
export function extractPeople(paragraphs: readonly string[]): ExtractedPerson[] {
  const text = paragraphs.join('\n\n');
  const spans = (nlp(text).people().json({ offset: true, text: true }) as { offset: { start: number; length: number } }[])
    .map(({ offset }) => repairName(text, offset.start, offset.start + offset.length))
    .filter((name) => name.split(/\s+/).every((token) => NAME_TOKEN.test(token)));

  const stripped = spans.map((span) => stripHonorific(span));
  const titles = new Map(stripped.filter((s) => s.title).map((s) => [s.name, s.title as string]));
  const names = stripped.map((s) => s.name);
  const full = unique(names.filter((name) => name.includes(' ')));
  const people = new Map<string, ExtractedPerson>(full.map((name) => [name, { name, aliases: [] }]));
  const singles = names.filter((name) => !name.includes(' '));
  for (const single of unique(singles)) {
    const owner = full.find((name) => name.split(/[\s-]+/).some((token) => token === single));
    if (owner) {
      const person = people.get(owner) as ExtractedPerson;
      if (!person.aliases.includes(single)) person.aliases.push(single);
    } else if (singles.filter((s) => s === single).length >= 3) {
      // One-word names seen once or twice are mostly not people ("Taylor" of a product, a place).
      people.set(single, { name: single, aliases: [] });
    }
  }
  for (const person of people.values()) {
    const role = rolePhraseBefore(text, person.name) ?? titles.get(person.name) ?? titleBefore(text, person.name);
    if (role) person.role = role;
  }
  return [...people.values()];
}

const HONORIFIC_WORDS = '(Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Governor|Gov|Senator|Sen|Rep|Representative|President|General|Gen|Sir|Dame|Lord|Lady|Judge|Justice|Captain|Capt|Chancellor|Minister|Mayor|Pope|King|Queen|Prince|Princess|Sheikh|Rev|Reverend|Coach)';
const HONORIFICS = new RegExp(`^${HONORIFIC_WORDS}\\.? (?=[A-Z])`);

/** The honorific the text puts right before a name ("Governor Bob Holden"), when compromise left it out. */
function titleBefore(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\b${HONORIFIC_WORDS}\\.? ${escaped}\\b`).exec(text);
  return match?.[1];
}

/** "Governor Bob Holden" → name "Bob Holden", title "Governor". */
export function stripHonorific(name: string): { name: string; title?: string } {
  const match = HONORIFICS.exec(name);
  if (!match || !name.slice(match[0].length).includes(' ')) return { name };
  return { name: name.slice(match[0].length), title: match[1] as string };
}

/** Extends a match over a hyphenated tail and trims punctuation and possessives. */
function repairName(text: string, start: number, end: number): string {
  let stop = end;
  while (stop < text.length && /[\p{L}-]/u.test(text[stop] as string) && /-$|[\p{L}]$/u.test(text.slice(start, stop))) stop++;
  return text
    .slice(start, stop)
    .replace(/['’]s$/, '')
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

const unique = (names: string[]) => [...new Map(names.map((n) => [normalizeName(n), n])).values()];

/** A role phrase as a description: "The former US president" → "former US president". */
export const describeRole = (role: string): string => role.replace(/^(the|an?)\s+/i, '');
