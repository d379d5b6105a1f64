import type { QualityFlag } from '../../domain/quality.js';
import { detectLanguageConfidently } from './language.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR_IN_CONTEXT = new RegExp(`\\b(?:in|since|of|(?:${MONTHS}))\\s+(\\d{3,4})\\b`, 'g');
const DOUBLED = /\b((?:The|A|An) (?:[a-z]+ ){0,3}[a-z]+) ((?:The|A|An) [A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)*)/gu;
const REPEATED_WORD = /\b([\p{L}]{2,}) \1\b/giu;
const FOREIGN_LETTERS = /[ñáéíóúãõâêôçàèìòùäöüß]/;

export interface QualityContext {
  language: string;
  /** The article is about living people (it names any), so years long past are suspect. */
  mentionsPeople: boolean;
  importYear: number;
}

/**
 * Flags what looks damaged, without touching the text: implausible years ("held in 1200" in an article
 * about living leaders), fragments of another language inside a sentence ("Kim añ He added"), doubled
 * phrases ("The supreme leader The North Korean"), and paragraphs in another language than the article.
 */
export function flagQuality(paragraphs: readonly string[], context: QualityContext): QualityFlag[] {
  return paragraphs.flatMap((paragraph, index) => [
    ...implausibleYears(paragraph, index, context),
    ...(context.language.startsWith('en') ? foreignFragments(paragraph, index) : []),
    ...doubledPhrases(paragraph, index),
    ...languageMismatch(paragraph, index, context.language),
  ]);
}

function implausibleYears(paragraph: string, index: number, context: QualityContext): QualityFlag[] {
  return [...paragraph.matchAll(YEAR_IN_CONTEXT)].flatMap((match) => {
    const year = Number(match[1]);
    const tooOld = context.mentionsPeople && year < 1900;
    const future = year > context.importYear + 1;
    if (!tooOld && !future) return [];
    const start = (match.index ?? 0) + match[0].length - (match[1] as string).length;
    const why = tooOld ? 'a year long before the lifetime of the people the article names' : 'a year in the future';
    return [flag('IMPLAUSIBLE_YEAR', index, start, match[1] as string, `"${match[0]}": ${why}`)];
  });
}

/** A lower-case word with letters English does not use, between English words ("añ"). */
function foreignFragments(paragraph: string, index: number): QualityFlag[] {
  return [...paragraph.matchAll(/(?<=\s)([a-zñáéíóúãõâêôçàèìòùäöüß]{1,12})(?=\s)/gu)]
    .filter((match) => FOREIGN_LETTERS.test(match[1] as string))
    .map((match) => flag('FOREIGN_FRAGMENT', index, match.index ?? 0, match[1] as string, `"${match[1]}" is not English, inside an English sentence`));
}

function doubledPhrases(paragraph: string, index: number): QualityFlag[] {
  const phrases = [...paragraph.matchAll(DOUBLED)];
  const words = [...paragraph.matchAll(REPEATED_WORD)];
  return [
    ...phrases.map((match) => flag('DOUBLED_PHRASE', index, match.index ?? 0, match[0], `two noun phrases run together: "${match[1]}" and "${match[2]}"`)),
    ...words.map((match) => flag('DOUBLED_PHRASE', index, match.index ?? 0, match[0], `"${match[1]}" written twice`)),
  ];
}

function languageMismatch(paragraph: string, index: number, language: string): QualityFlag[] {
  if (paragraph.length < 60) return [];
  const detected = detectLanguageConfidently(paragraph);
  if (!detected || detected === language.split('-')[0]) return [];
  return [flag('LANGUAGE_MISMATCH', index, 0, paragraph.slice(0, 80), `paragraph reads as "${detected}", the article is "${language}"`)];
}

function flag(kind: QualityFlag['kind'], paragraph: number, start: number, text: string, message: string): QualityFlag {
  return { kind, paragraph, start, end: start + text.length, text, message };
}
