import type { QualityFlag } from '../../domain/quality.js';
import {
  doubledPhrases,
  foreignFragments,
  implausibleYears,
  languageMismatch,
  type QualityContext,
} from './quality-rules.js';

export type { QualityContext } from './quality-rules.js';

/**
 * Flags what looks damaged, without touching the text. Each kind has one stated rule (see quality-rules.ts)
 * and a confidence; precision per kind is measured by `npm run eval` on the gold set. A paragraph judged
 * to be in another language gets that flag only: its words are not also foreign fragments.
 */
export function flagQuality(paragraphs: readonly string[], context: QualityContext): QualityFlag[] {
  return paragraphs.flatMap((paragraph, index) => {
    const mismatch = languageMismatch(paragraph, index, context);
    return [
      ...implausibleYears(paragraph, index, context),
      ...(mismatch.length ? [] : foreignFragments(paragraph, index, context)),
      ...doubledPhrases(paragraph, index, context),
      ...mismatch,
    ];
  });
}
