import { createHash } from 'node:crypto';
import { InvalidInputError, NotFoundError } from './errors.js';

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

/** An editor's judgement that a flag needs nothing done (or that it was dealt with). */
export interface FlagDismissal {
  /** Who dismissed it (the operator's identity). */
  by: string;
  /** ISO instant. */
  at: string;
  note: string;
}

/** Something in the text that looks damaged. The text itself is never changed; the flag points at it. */
export interface QualityFlag {
  /** Stable across re-imports of the same text (see flagId); absent on flags stored before ids. */
  id?: string;
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
  /** Set when an editor dismissed the flag; it then leaves the review queue. */
  dismissal?: FlagDismissal;
}

const place = (paragraph: number) => (paragraph === -1 ? 'headline' : paragraph === -2 ? 'metadata' : 'body');

/**
 * Ids from what a flag says (kind, where: headline, body or metadata, and the flagged text), not from
 * offsets or paragraph numbers, which move when a paragraph is added above. The same text flagged twice
 * (a year in two paragraphs) is told apart by its order: "implausible-year-3f2a9c1e", "…-3f2a9c1e-2".
 */
export function withFlagIds(flags: readonly QualityFlag[]): QualityFlag[] {
  const seen = new Map<string, number>();
  return flags.map((flag) => {
    if (flag.id) return flag;
    const base = `${flag.kind.toLowerCase().replace(/_/g, '-')}-${createHash('sha256')
      .update(`${flag.kind}\u0000${place(flag.paragraph)}\u0000${flag.text}`, 'utf8')
      .digest('hex')
      .slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...flag, id: count === 1 ? base : `${base}-${count}` };
  });
}

export const isOpen = (flag: QualityFlag): boolean => flag.dismissal === undefined;

/** The kinds of an article's open flags, each once: the review queues it belongs in. */
export const openFlagKinds = (flags: readonly QualityFlag[] | undefined): QualityFlagKind[] => [
  ...new Set((flags ?? []).filter(isOpen).map((flag) => flag.kind)),
];

/**
 * A re-import computes the flags again from the source; a flag an editor dismissed stays dismissed
 * (matched by id), so the same text does not come back to the queue.
 */
export function keepDismissals(
  fresh: readonly QualityFlag[],
  stored: readonly QualityFlag[] | undefined,
): QualityFlag[] {
  const dismissed = new Map(
    withFlagIds(stored ?? []).flatMap((flag) => (flag.dismissal ? [[flag.id, flag.dismissal] as const] : [])),
  );
  return withFlagIds(fresh).map((flag) => {
    const dismissal = dismissed.get(flag.id);
    return dismissal && !flag.dismissal ? { ...flag, dismissal } : flag;
  });
}

/** The flags with one dismissed; it must exist and be open (a second dismissal would rewrite who and when). */
export function dismissFlag(
  flags: readonly QualityFlag[] | undefined,
  flagId: string,
  dismissal: FlagDismissal,
): QualityFlag[] {
  const identified = withFlagIds(flags ?? []);
  const flag = identified.find((f) => f.id === flagId);
  if (!flag) throw new NotFoundError(`no quality flag with id "${flagId}" on this article`);
  if (flag.dismissal)
    throw new InvalidInputError(`quality flag "${flagId}" was dismissed already, at ${flag.dismissal.at}`);
  if (!dismissal.note.trim()) throw new InvalidInputError('note: say why the flag needs nothing done');
  return identified.map((f) =>
    f.id === flagId ? { ...f, dismissal: { ...dismissal, note: dismissal.note.trim() } } : f,
  );
}

/** Flags kept per article: enough for an editor to see what is wrong; a damaged 2 MB body could raise thousands. */
export const MAX_FLAGS = 50;
/** Characters of flagged text kept per flag: the offsets locate the whole span in the stored text. */
export const MAX_FLAG_TEXT = 200;

/**
 * Bounds what flags add to the article item and its feed summary (both under DynamoDB's 400 KB), so no
 * text can make its own article unwritable. Ids are given first, from the whole flagged text, so they do
 * not change with the bound.
 */
export function boundFlags(flags: readonly QualityFlag[]): QualityFlag[] {
  return flags
    .slice(0, MAX_FLAGS)
    .map((flag) =>
      flag.text.length > MAX_FLAG_TEXT ? { ...flag, text: `${flag.text.slice(0, MAX_FLAG_TEXT - 1)}…` } : flag,
    );
}
