import { detectAll } from 'tinyld';

/**
 * Language detection (BCP 47 primary subtag). tinyld is used because it is maintained, has no
 * dependencies, runs in Lambda without model files, and is trained for short texts like headlines.
 */
export function detectLanguage(text: string, candidates?: readonly string[]): string | undefined {
  const guesses = detectAll(text).filter((guess) => !candidates || candidates.includes(guess.lang));
  return guesses[0]?.lang;
}

/** Only a clear winner: used where a wrong guess would raise a false alarm (paragraph checks). */
export function detectLanguageConfidently(text: string): string | undefined {
  const [best, second] = detectAll(text);
  if (!best || best.accuracy < 0.5) return undefined;
  return second && second.accuracy > best.accuracy * 0.8 ? undefined : best.lang;
}
