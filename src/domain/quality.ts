export const QUALITY_FLAG_KINDS = [
  'IMPLAUSIBLE_YEAR',
  'FOREIGN_FRAGMENT',
  'DOUBLED_PHRASE',
  'LANGUAGE_MISMATCH',
  'DATE_FROM_FEED',
  'HEADLINE_FROM_TEXT',
  'ENCODING_MISMATCH',
] as const;
export type QualityFlagKind = (typeof QUALITY_FLAG_KINDS)[number];

/** Something in the text that looks damaged. The text itself is never changed; the flag points at it. */
export interface QualityFlag {
  kind: QualityFlagKind;
  /** Index of the paragraph in the body; -1 for the headline; -2 for the document's metadata (its date, its encoding). */
  paragraph: number;
  /** Character offsets of the offending span within that paragraph. */
  start: number;
  end: number;
  text: string;
  message: string;
  /** How sure the rule is, 0-1: what the rule's kind of evidence has measured on the gold set. */
  confidence: number;
}
