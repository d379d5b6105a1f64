import type { ParsedEntry, ParsedItem } from './parsed-entry.js';
import { InputRejectedError } from './raw-input.js';
import { cleanReason } from './reasons.js';

/**
 * Reads each item on its own: an item the reader refuses (InputRejectedError) becomes a refused item
 * whose reason names the format and the item's own id or link ("RSS item (guid "…"): it has no title…").
 * Other errors are bugs and still propagate.
 */
export function readItems<T>(
  label: string,
  items: readonly T[],
  read: (item: T) => ParsedEntry,
  refOf: (item: T) => string | undefined,
): ParsedItem[] {
  return items.map((item) => {
    try {
      const entry = read(item);
      // A feed item may be a headline with a link to the story, or a picture; without any there is nothing to show.
      if (
        entry.kind === 'article' &&
        !entry.body.length &&
        !entry.bodyBlocks?.length &&
        !entry.summary &&
        !entry.source.url &&
        !entry.images?.length
      )
        throw new InputRejectedError(
          'it has no text (body, summary or description), no link to the story and no picture',
        );
      return { entry };
    } catch (error) {
      if (!(error instanceof InputRejectedError)) throw error;
      const ref = refOf(item);
      return { reason: cleanReason(`${label}${ref ? ` (${ref})` : ''}: ${error.message}`) };
    }
  });
}

/** "guid "https://…"": how an editor finds the item in the source. */
export const itemRef = (field: string, value: string | undefined) =>
  value ? `${field} "${value.length > 100 ? `${value.slice(0, 97)}...` : value}"` : undefined;
