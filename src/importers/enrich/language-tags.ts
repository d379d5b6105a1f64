import { detectLanguage, detectLanguageConfidently, sameLanguage } from './language.js';

/** "EN-gb" → "en-GB", "zh-hant" → "zh-Hant", "pt_br" → "pt-BR"; a tag Intl cannot read is lower-cased. */
export function canonicalLanguage(tag: string): string {
  const cleaned = tag.trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(cleaned)[0] ?? cleaned.toLowerCase();
  } catch {
    return cleaned.toLowerCase();
  }
}

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hangul',
  'Devanagari',
  'Thai',
  'Kana',
] as const;
type Script = (typeof SCRIPTS)[number];
const PATTERNS: Record<Script, RegExp> = {
  Latin: /\p{Script=Latin}/gu,
  Cyrillic: /\p{Script=Cyrillic}/gu,
  Greek: /\p{Script=Greek}/gu,
  Arabic: /\p{Script=Arabic}/gu,
  Hebrew: /\p{Script=Hebrew}/gu,
  Han: /\p{Script=Han}/gu,
  Hangul: /\p{Script=Hangul}/gu,
  Devanagari: /\p{Script=Devanagari}/gu,
  Thai: /\p{Script=Thai}/gu,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
};
// Languages not written in Latin script; every other language is taken to be.
const WRITTEN_IN: Record<string, Script[]> = {
  ru: ['Cyrillic'],
  uk: ['Cyrillic'],
  bg: ['Cyrillic'],
  mk: ['Cyrillic'],
  be: ['Cyrillic'],
  kk: ['Cyrillic'],
  sr: ['Cyrillic', 'Latin'],
  el: ['Greek'],
  ar: ['Arabic'],
  fa: ['Arabic'],
  ur: ['Arabic'],
  he: ['Hebrew'],
  yi: ['Hebrew'],
  zh: ['Han'],
  ja: ['Han', 'Kana'],
  ko: ['Hangul', 'Han'],
  hi: ['Devanagari'],
  mr: ['Devanagari'],
  ne: ['Devanagari'],
  th: ['Thai'],
};
const SCRIPT_SUBTAG: Record<string, Script> = {
  Latn: 'Latin',
  Cyrl: 'Cyrillic',
  Hans: 'Han',
  Hant: 'Han',
  Arab: 'Arabic',
  Grek: 'Greek',
  Hebr: 'Hebrew',
};

/** The script most letters of the text are in, when there are enough letters to say. */
export function dominantScript(text: string): Script | undefined {
  const counts = SCRIPTS.map((script) => [script, text.match(PATTERNS[script])?.length ?? 0] as const).sort(
    ([, a], [, b]) => b - a,
  );
  const [best, total] = [counts[0], counts.reduce((n, [, c]) => n + c, 0)];
  return best && total >= 20 && best[1] / total >= 0.6 ? best[0] : undefined;
}

function scriptsOf(tag: string): Script[] {
  const [language = '', ...rest] = tag.split('-');
  const subtag = rest.find((part) => part.length === 4);
  if (subtag && SCRIPT_SUBTAG[subtag]) return [SCRIPT_SUBTAG[subtag] as Script];
  return WRITTEN_IN[language.toLowerCase()] ?? ['Latin'];
}

/**
 * The language an article is stored under: the declared one (canonical case) unless the text is in a
 * script that language is not written in (a feed declaring "en" for Russian text); else detection.
 */
export function chooseLanguage(declared: string | undefined, text: string): string {
  if (declared) {
    const tag = canonicalLanguage(declared);
    const script = dominantScript(text);
    if (!script || scriptsOf(tag).includes(script)) return tag;
  }
  return detectLanguage(text) ?? declared ?? 'und';
}

/**
 * The language of an article's headline. A declared language is honoured (unless the script differs). Without
 * one, a headline is mostly too short to judge alone ("Continuous Lifecycle London: Programm online" reads as
 * English): it is in the article's language, detected on headline and body together, unless the headline alone
 * is confidently in another language (two detectors agree). A headline without a body is judged alone.
 */
export function headlineLanguage(headline: string, declared: string | undefined, body: readonly string[]): string {
  if (declared || !body.length) return chooseLanguage(declared, headline);
  const article = chooseLanguage(undefined, [headline, ...body.slice(0, 3)].join(' '));
  const alone = detectLanguageConfidently(headline, article);
  return alone && !sameLanguage(alone, article) ? alone : article;
}
