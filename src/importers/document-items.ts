import type { DocumentResult } from '../domain/import-run.js';
import type { ParsedEntry } from './parsed-entry.js';
import { type createParsers, parseInput } from './parse-input.js';
import type { RawInput } from './raw-input.js';
import { cleanReason } from './reasons.js';
import { reasonOf } from './reject-reason.js';

/** One document of an input (a file, or one item of a feed), ready to build and write. */
export interface DocumentEntry {
  /** File or URL, with "#<n>" for the n-th item of a feed. */
  document: string;
  entry: ParsedEntry;
}

/**
 * Splits an input into its documents: the entries to import, and results for what cannot be imported
 * (unreadable inputs, refused items, repeated items). Shared by the in-process import and the queue, so
 * both name and refuse documents the same way.
 */
export function documentItems(
  input: RawInput,
  parsers: ReturnType<typeof createParsers>,
): (DocumentEntry | DocumentResult)[] {
  if (input.unreadable) return [{ document: input.name, outcome: 'REJECTED', reason: cleanReason(input.unreadable) }];
  let items: ReturnType<typeof parseInput>['items'];
  try {
    items = parseInput(input, parsers).items;
  } catch (error) {
    return [{ document: input.name, outcome: 'REJECTED', reason: reasonOf(error) }];
  }
  const positions = new Map<string, number>();
  return items.map(({ entry, reason }, index): DocumentEntry | DocumentResult => {
    // "#n" is the item's position in the feed, counting refused items, so an editor can find it.
    const document = items.length > 1 ? `${input.name}#${index + 1}` : input.name;
    if (!entry) return { document, outcome: 'REJECTED', reason: reason as string };
    // Two items of one feed that are one story (the same link, once wrapped): the first one stands,
    // else each run would write them over each other.
    const first = entry.sourceId ? positions.get(entry.sourceId) : undefined;
    if (first !== undefined)
      return {
        document,
        outcome: 'UNCHANGED',
        reason: cleanReason(`the same story as item #${first} (${entry.sourceId})`),
      };
    if (entry.sourceId) positions.set(entry.sourceId, index + 1);
    return { document, entry };
  });
}

export const isEntry = (item: DocumentEntry | DocumentResult): item is DocumentEntry => 'entry' in item;
