import type { QualityFlag } from '../../domain/quality.js';
import { ENGLISH_MONTH_ALTERNATION } from '../../domain/calendar-names.js';
import { detectLanguageConfidently, sameLanguage } from './language.js';
import { insideAny, outsideQuotations, quotedSpans } from './quotations.js';

export interface QualityContext {
  language: string;
  /** The article is about living people (it names any), so years long past are suspect. */
  mentionsPeople: boolean;
  importYear: number;
}

export type Rule = (paragraph: string, index: number, context: QualityContext) => QualityFlag[];

const MONTHS = ENGLISH_MONTH_ALTERNATION;
const YEAR_IN_CONTEXT = new RegExp(`\\b(?:in|since|of|(?:${MONTHS}))\\s+(\\d{3,4})\\b`, 'g');
// After a year comes punctuation, the end, or a word that can follow a date ("in 1200 in Vladivostok");
// after a count comes what is counted ("of 113 countries", "of 193 UN member states").
const AFTER_YEAR =
  /^(?:$|[\s]*[,.;:)!?”"’]|\s+(?:in|at|on|and|or|but|to|when|as|after|before|until|with|by|for|from|the|a|he|she|they|it|we|which|that|while)\b)/;
const RANGE = /[-–—/]\s*$|^\s*[-–—/]\s*\d/;
// A future year is only implausible far ahead: news is full of plans ("the line opens in 2031").
const FUTURE_MARGIN = 50;

/**
 * IMPLAUSIBLE_YEAR: a number in a date context ("in", "since", "of", a month) that is a year (not a count,
 * not part of a range) and is before 1900 in an article that names people, or over 50 years ahead.
 */
export const implausibleYears: Rule = (paragraph, index, context) =>
  [...paragraph.matchAll(YEAR_IN_CONTEXT)].flatMap((match) => {
    const digits = match[1] as string;
    const start = (match.index ?? 0) + match[0].length - digits.length;
    const end = start + digits.length;
    if (
      !AFTER_YEAR.test(paragraph.slice(end)) ||
      RANGE.test(paragraph.slice(0, start)) ||
      RANGE.test(paragraph.slice(end))
    )
      return [];
    const year = Number(digits);
    const tooOld = context.mentionsPeople && year < 1900;
    const future = year > context.importYear + FUTURE_MARGIN;
    if (!tooOld && !future) return [];
    const why = tooOld ? 'a year long before the lifetime of the people the article names' : 'a year far in the future';
    return [flag('IMPLAUSIBLE_YEAR', index, start, digits, `"${match[0]}": ${why}`, tooOld ? 0.9 : 0.7)];
  });

const FOREIGN_LETTERS = /[ñáéíóúãõâêôçàèìòùäöüß]/;
const FOREIGN_WORD = /(?<=\s)([a-zñáéíóúãõâêôçàèìòùäöüß]{1,12})(?=[\s,;:])/gu;
// Words English has borrowed with their accents, and English inflections of them ("sautéing", "cafés").
const LOANWORDS =
  /^(café|cafés|naïve|naïvely|façade|façades|fiancé|fiancée|résumé|rosé|protégé|protégée|décor|entrée|entrées|crème|brûlée|über|déjà|vu|soirée|cliché|clichés|passé|touché|exposé|sauté|purée|jalapeño|jalapeños|piñata|señor|señora|señorita|doppelgänger|smörgåsbord|coöperate|élan|éclair|flambé|frappé|glacé|lamé|matinée|mêlée|negligée|outré|pâté|risqué|séance|soufflé|tête)$|(ing|ed|s)$/;

/** FOREIGN_FRAGMENT: in English text, a lower-case word with letters English does not use, outside quotations, not a loanword. */
export const foreignFragments: Rule = (paragraph, index, context) => {
  if (!context.language.toLowerCase().startsWith('en')) return [];
  const quoted = quotedSpans(paragraph);
  return [...paragraph.matchAll(FOREIGN_WORD)]
    .filter((match) => FOREIGN_LETTERS.test(match[1] as string) && !LOANWORDS.test(match[1] as string))
    .filter((match) => !insideAny(quoted, match.index ?? 0, (match.index ?? 0) + (match[1] as string).length))
    .map((match) =>
      flag(
        'FOREIGN_FRAGMENT',
        index,
        match.index ?? 0,
        match[1] as string,
        `"${match[1]}" is not English, inside an English sentence`,
        /[ñãõß]/.test(match[1] as string) ? 0.9 : 0.75,
      ),
    );
};

const RUN_TOGETHER = /\b((?:The|A|An) (?:[a-z]+ ){0,3}[a-z]+) ((?:The|A|An) [A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)*)/gu;
const REPEATED_WORD = /\b([\p{L}]{2,}) \1\b/giu;
// "a review in The Times" is not two phrases run together: the first ends in a word that takes an object.
const TAKES_OBJECT =
  /\b(in|of|by|to|from|for|at|on|with|and|or|than|like|as|about|into|over|under|is|was|are|were|said|says|told|tells|calls|called|named|read|reads)$/;
// Doubles that are grammar ("that that", "had had") or deliberate ("bye bye").
const DELIBERATE =
  /^(that|had|is|bye|no|yes|so|very|ha|knock|tut|yo|go|well|never|blah|bla|chop|dum|hip|boo|pom|tick|night|choo|bang|baby|oh|ah|now|there|come|again|more|far|long|many|much|round|over|on|out|really|ever|yeah|goody|sing)$/i;

/** DOUBLED_PHRASE: two noun phrases run together ("The supreme leader The North Korean"), or a word written twice outside quotations. */
export const doubledPhrases: Rule = (paragraph, index) => {
  const quoted = quotedSpans(paragraph);
  const outside = (match: RegExpMatchArray) =>
    !insideAny(quoted, match.index ?? 0, (match.index ?? 0) + match[0].length);
  const phrases = [...paragraph.matchAll(RUN_TOGETHER)].filter((m) => outside(m) && !TAKES_OBJECT.test(m[1] as string));
  const words = [...paragraph.matchAll(REPEATED_WORD)].filter((m) => outside(m) && !DELIBERATE.test(m[1] as string));
  return [
    ...phrases.map((m) =>
      flag('DOUBLED_PHRASE', index, m.index ?? 0, m[0], `two noun phrases run together: "${m[1]}" and "${m[2]}"`, 0.85),
    ),
    ...words.map((m) =>
      flag(
        'DOUBLED_PHRASE',
        index,
        m.index ?? 0,
        m[0],
        `"${m[1]}" written twice`,
        /^(the|a|an|of|to|in|and|is)$/i.test(m[1] as string) ? 0.9 : 0.6,
      ),
    ),
  ];
};

// Shorter text is too little for detectors to judge: they are confidently wrong on standfirsts and captions.
const MIN_JUDGED_LENGTH = 100;
const MIN_JUDGED_WORDS = 15;

/**
 * LANGUAGE_MISMATCH: a paragraph long enough to judge, in the writer's own voice (quotations removed), that
 * two detectors agree is in a language other than the article's and not a variant of it (nb/no/nn, pt-BR/pt-PT, en-GB/en).
 */
export const languageMismatch: Rule = (paragraph, index, context) => {
  const own = outsideQuotations(paragraph).replace(/\s+/g, ' ').trim();
  if (own.length < MIN_JUDGED_LENGTH || own.split(' ').length < MIN_JUDGED_WORDS || context.language === 'und')
    return [];
  const detected = detectLanguageConfidently(own, context.language);
  if (!detected || sameLanguage(detected, context.language)) return [];
  return [
    flag(
      'LANGUAGE_MISMATCH',
      index,
      0,
      paragraph.slice(0, 80),
      `paragraph reads as "${detected}", the article is "${context.language}"`,
      0.8,
    ),
  ];
};

function flag(
  kind: QualityFlag['kind'],
  paragraph: number,
  start: number,
  text: string,
  message: string,
  confidence: number,
): QualityFlag {
  return { kind, paragraph, start, end: start + text.length, text, message, confidence };
}
