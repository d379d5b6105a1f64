import type { QualityFlag } from '../domain/quality.js';

const MAX = 140;

/**
 * A headline for an item that has none: the first sentence of its text, cut at a word before 140
 * characters. The flag tells editors (and apps) the headline is not the source's own.
 */
export function headlineFromText(paragraphs: readonly string[]): { headline: string; flag: QualityFlag } | undefined {
  const first = paragraphs.find((p) => p.trim())?.trim();
  if (!first) return undefined;
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
  const headline = sentence.length <= MAX ? sentence : `${sentence.slice(0, MAX).replace(/\s+\S*$/, '')}…`;
  return {
    headline,
    flag: {
      kind: 'HEADLINE_FROM_TEXT',
      paragraph: -1,
      start: 0,
      end: headline.length,
      text: headline,
      message: 'the item has no title; the headline is the first sentence of its text',
      confidence: 1,
    },
  };
}
