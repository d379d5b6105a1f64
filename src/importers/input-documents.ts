import { WriteRejectedError } from '../domain/errors.js';
import { buildEntry, type BuiltEntry } from './build-document.js';
import { type createParsers, parseInput } from './parse-input.js';
import { InputRejectedError, type RawInput } from './raw-input.js';
import { cleanReason } from './reasons.js';

/** One document of an input, built (parsed and enriched), or why it is not imported. */
export type InputDocument =
  | { document: string; built: BuiltEntry }
  | { document: string; rejected: string }
  /** A second item of one feed that is the same story as an earlier one. */
  | { document: string; duplicate: string };

/**
 * Every document of one input, in order, built but not written: what an import persists and what a
 * dry run prints. A bad document is refused with its reason and the others go on.
 */
export function inputDocuments(
  input: RawInput,
  parsers: ReturnType<typeof createParsers>,
  now: () => Date,
): InputDocument[] {
  if (input.unreadable) return [{ document: input.name, rejected: cleanReason(input.unreadable) }];
  let items: ReturnType<typeof parseInput>['items'];
  try {
    items = parseInput(input, parsers).items;
  } catch (error) {
    return [{ document: input.name, rejected: reasonOf(error) }];
  }
  const positions = new Map<string, number>();
  return items.map(({ entry, reason }, index): InputDocument => {
    // "#n" is the item's position in the feed, counting refused items, so an editor can find it.
    const document = items.length > 1 ? `${input.name}#${index + 1}` : input.name;
    if (!entry) return { document, rejected: reason ?? 'refused' };
    // Two items of one feed that are one story (the same link, once wrapped): the first one stands,
    // else each run would write them over each other.
    const first = entry.sourceId ? positions.get(entry.sourceId) : undefined;
    if (first !== undefined)
      return { document, duplicate: cleanReason(`the same story as item #${first} (${entry.sourceId})`) };
    if (entry.sourceId) positions.set(entry.sourceId, index + 1);
    try {
      return { document, built: buildEntry(entry, now()) };
    } catch (error) {
      return { document, rejected: reasonOf(error) };
    }
  });
}

/** Known rejections keep their message; anything else is a bug or an outage and says so. */
export function reasonOf(error: unknown): string {
  if (error instanceof InputRejectedError || error instanceof WriteRejectedError) return cleanReason(error.message);
  return cleanReason(`unexpected ${(error as Error).name ?? 'error'}: ${(error as Error).message ?? String(error)}`);
}

/** What an editor needs to recognise a built document's article: its headline and the kinds of its quality flags. */
export function describeBuilt(built: BuiltEntry): { headline?: string; flags?: string[] } {
  const article = built.article?.article;
  if (!article) return {};
  const flags = [...new Set((article.qualityFlags ?? []).map((flag) => flag.kind))];
  return { headline: article.headline, ...(flags.length ? { flags } : {}) };
}
