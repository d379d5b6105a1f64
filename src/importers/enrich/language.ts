import { detectAll } from 'tinyld';

/**
 * Detects the language of a short text (BCP 47 primary subtag), or undefined when unsure.
 * tinyld is used because it is maintained, dependency-free and trained for short strings like headlines.
 */
export function detectLanguage(text: string, candidates?: readonly string[]): string | undefined {
  const guesses = detectAll(text).filter((guess) => !candidates || candidates.includes(guess.lang));
  return guesses[0]?.lang;
}
