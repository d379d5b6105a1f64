import { eld } from 'eld/medium';
import { detectAll } from 'tinyld';

// Languages detectors confuse with each other, and that an editor would not call a different language here.
const CLOSE = [['no', 'nb', 'nn', 'da']];

/**
 * Language detection (BCP 47 primary subtag). eld is used because it measured best on the gold set
 * (`npm run eval`: headlines 0.98 against tinyld's 0.83, paragraphs 0.99 against 0.96), is maintained,
 * pure JavaScript and ships its n-gram table in the package (2 MB for the medium size).
 */
export function detectLanguage(text: string, candidates?: readonly string[]): string | undefined {
  const scores = Object.entries(eld.detect(text).getScores() as Record<string, number>).sort(([, a], [, b]) => b - a);
  const best = scores.find(([lang]) => !candidates || candidates.includes(lang));
  return best?.[0];
}

/**
 * Only a clear winner: used where a wrong guess would raise a false alarm (paragraph checks). Two
 * independent detectors (eld and tinyld) must agree, and eld must call its answer reliable. Callers
 * act only on a language other than `expected`: when eld already reads the text as that language, the
 * answer cannot raise anything whatever tinyld says, so tinyld (two thirds of the detection's CPU on
 * an article's paragraphs) is not asked.
 */
export function detectLanguageConfidently(text: string, expected?: string): string | undefined {
  const result = eld.detect(text);
  if (!result.language || !result.isReliable()) return undefined;
  if (expected !== undefined && sameLanguage(result.language, expected)) return result.language;
  const [tinyld] = detectAll(text);
  return tinyld && sameLanguage(result.language, tinyld.lang) ? result.language : undefined;
}

/** Same language for the purposes of a mismatch: primary subtags equal, or two that detectors confuse (nb/no/nn/da). */
export function sameLanguage(a: string, b: string): boolean {
  const [x, y] = [a, b].map((tag) => tag.toLowerCase().split('-')[0] ?? '');
  return x === y || CLOSE.some((group) => group.includes(x as string) && group.includes(y as string));
}
