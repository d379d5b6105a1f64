import type { DateSource } from '../domain/article.js';
import type { QualityFlag } from '../domain/quality.js';
import { parseFeedDate } from './dates.js';
import { InputRejectedError } from './raw-input.js';

/** A date field as the source names it ("<pubDate>", "versionCreated") and its text, if present. */
export interface DateField {
  field: string;
  value: string | undefined;
}

export interface ItemDate {
  publishedAt: string;
  dateSource: DateSource;
  flags: QualityFlag[];
}

/**
 * The item's publication date from its own fields, in order of preference; else the feed's date
 * (flagged DATE_FROM_FEED); else the item is rejected naming the field and the value it could not read.
 * Never the import time: an invented date would put an old story on top of the front page.
 */
export function resolveItemDate(own: readonly DateField[], feed: readonly DateField[] = []): ItemDate {
  for (const { value } of own) {
    const publishedAt = parseFeedDate(value);
    if (publishedAt) return { publishedAt, dateSource: 'DOCUMENT', flags: [] };
  }
  const unreadable = own.find((field) => field.value?.trim());
  const problem = unreadable
    ? `its date ${unreadable.field} "${shorten(unreadable.value as string)}" cannot be read as a date`
    : `it has no date (${own.map((f) => f.field).join(', ')})`;
  for (const { field, value } of feed) {
    const publishedAt = parseFeedDate(value);
    if (!publishedAt) continue;
    // Stored with the article: element names without their angle brackets, so the text holds no markup.
    const message = `${problem}; the feed's ${field} is used instead`.replace(/<([\w:]+)>/g, '$1');
    return {
      publishedAt,
      dateSource: 'FEED',
      flags: [
        { kind: 'DATE_FROM_FEED', paragraph: -2, start: 0, end: 0, text: value as string, message, confidence: 1 },
      ],
    };
  }
  throw new InputRejectedError(`${problem}${feed.length ? ', and the feed gives no date either' : ''}`);
}

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}...` : value);
