import type { Author } from '../domain/author.js';

// "By", "Von", "Por", "Par", "Di", "Door", "Av", "Af" before the names.
const LEADING = /^(?:by|von|por|par|di|door|av|af|de)\s+/i;
// Between names: "and", "und", "e", "y", "et", "en", "och", "og", "&", ";", "|", ",".
const SEPARATORS = /\s*(?:;|\||&|,|\s(?:and|und|e|y|et|en|och|og)\s)\s*/i;
// The last word of a job title ("Diplomatic editor", "Washington correspondent").
const ROLE_WORDS =
  /\b(?:editor|correspondent|reporter|writer|columnist|critic|analyst|producer|journalist|photographer|chief|head|presenter|commentator|redakteur(?:in)?|korrespondent(?:in)?|redator|redactor|rédacteur|giornalista|corrispondente|repórter|reportero)$/i;
const AGENCIES =
  /^(?:dpa|ap|afp|reuters|ansa|efe|lusa|tt|ntb|ritzau|anp|apa|sda|kna|epd|pa|bloomberg|associated press|agence france-presse|press association|agência brasil|folhapress|estadão conteúdo|europa press|guardian staff|staff|agencies|staff and agencies|guardian staff and agencies)$/i;
// "(now)", "(earlier)" and "in Washington": when and where, not who.
const WHEN = /\s*\((?:now|earlier|later|updated?)\)/gi;
const WHERE = /\s+in\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*$/u;
// "N.", "P.-L.", "R. J.": the initials of a "Surname, N." list (scientific feeds).
const INITIALS = /^(?:\p{Lu}\.?-?\s?){1,4}\.?$/u;
const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'di',
  'du',
  'le',
  'la',
  'bin',
  'al',
  'st.',
  'iv',
  'iii',
  'ii',
  'jr',
  'jr.',
  'sr.',
]);

/**
 * The people a byline credits: "redazione@x.it (Angela Leucci)" → Angela Leucci; "Von Christian
 * Hollmann, dpa" → Christian Hollmann of dpa; "Damian Carrington Environment editor" → Damian
 * Carrington, Environment editor; "By A and B" → two authors. An address alone names nobody.
 */
export function parseByline(byline: string | undefined): Author[] {
  const text = byline?.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const inParens = /^\S+@\S+\s*\((.+)\)$/.exec(text)?.[1];
  const cleaned = (inParens ?? text).replace(LEADING, '').replace(WHEN, '').trim();
  if (AGENCIES.test(cleaned.replace(WHERE, ''))) return [{ name: cleaned.replace(WHERE, '') }];
  // "Christian Hollmann (dpa)", "Karl Melander/TT": the agency after the name.
  const withAgency = /^(.*?)\s*(?:\(([^()]+)\)|\/\s*([^/]+))$/.exec(cleaned);
  const agency = withAgency?.[2] ?? withAgency?.[3];
  const parts = mergeInitials(
    (agency && AGENCIES.test(agency) ? `${withAgency?.[1]}, ${agency}` : cleaned).split(SEPARATORS),
  )
    .map((part) => part.replace(WHERE, '').replace(/^[\s,:-]+|[\s,:-]+$/g, ''))
    .filter((part) => part && !/@/.test(part) && !/^\d/.test(part));
  const agencies = parts.filter((part) => AGENCIES.test(part));
  const people = parts.filter((part) => !AGENCIES.test(part));
  if (!people.length) return agencies.length ? [{ name: agencies.join(' / ') }] : [];
  const organisation = agencies.length ? agencies.join(' / ') : undefined;
  return dedupe(people.map((part) => ({ ...splitRole(part), ...(organisation ? { organisation } : {}) })));
}

/** "Damian Carrington Environment editor": the name is the first two words (and particles), the rest the role. */
function splitRole(part: string): Author {
  const words = part.split(' ');
  if (words.length < 3 || !ROLE_WORDS.test(part)) return { name: part };
  let end = 2;
  while (end < words.length - 1 && PARTICLES.has((words[end] as string).toLowerCase())) end++;
  if (PARTICLES.has((words[1] as string).toLowerCase()) && end < words.length - 1) end++;
  return { name: words.slice(0, end).join(' '), role: words.slice(end).join(' ') };
}

/** "LAPALU", "N." → "LAPALU, N.": a surname list keeps each person whole. */
function mergeInitials(parts: string[]): string[] {
  return parts.reduce<string[]>((merged, part) => {
    if (INITIALS.test(part.trim()) && !AGENCIES.test(part.trim()) && merged.length)
      merged[merged.length - 1] = `${merged.at(-1)}, ${part.trim()}`;
    else merged.push(part);
    return merged;
  }, []);
}

function dedupe(authors: Author[]): Author[] {
  return authors.filter(
    (author, index) => authors.findIndex((other) => other.name.toLowerCase() === author.name.toLowerCase()) === index,
  );
}
