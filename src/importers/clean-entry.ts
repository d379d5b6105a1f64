import type { QualityFlag } from '../domain/quality.js';
import type { ParsedEntry } from './parsed-entry.js';
import { cleanReason } from './reasons.js';
import { cleanText } from './text-hygiene.js';

// Block texts are cleaned where the blocks are built: runs keep their edge spaces, preformatted text its newlines.
const CLEANED_BY_THEIR_BUILDER = new Set(['bodyBlocks']);

/**
 * Every text of an entry as it is stored: no markup, no encoded entity, no control character.
 * One pass over the whole entry, so a field a parser adds later is covered too.
 */
export function cleanEntry(entry: ParsedEntry): ParsedEntry {
  const { flags, ...rest } = entry;
  const cleaned = cleanValue(rest) as ParsedEntry;
  // Flags carry our own messages, which name fields in angle brackets ("<pubDate>"): control characters go, markup-like names stay.
  return flags
    ? {
        ...cleaned,
        flags: flags.map(
          (flag): QualityFlag => ({ ...flag, text: cleanReason(flag.text), message: cleanReason(flag.message) }),
        ),
      }
    : cleaned;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue).filter((item) => item !== '');
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, CLEANED_BY_THEIR_BUILDER.has(key) ? item : cleanValue(item)]),
    );
  }
  return value;
}
