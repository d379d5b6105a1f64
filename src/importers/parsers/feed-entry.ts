import { headlineFromText } from '../headline.js';
import type { Image } from '../../domain/image.js';
import { bodyFromMarkup, decodeEntities, htmlToParagraphs } from '../html.js';
import type { ItemDate } from '../item-date.js';
import type { Named, ParsedEntry } from '../parsed-entry.js';
import { InputRejectedError } from '../raw-input.js';

/** What RSS (0.9x, 1.0, 2.0) and Atom items have in common, as read from the XML. */
export interface EntryFields {
  sourceId: string | undefined;
  headline: string | undefined;
  html: string | undefined;
  summary?: string | undefined;
  /** Read after the title check, so an item with neither is refused for its title first. */
  date: () => ItemDate;
  byline: string | undefined;
  link: string | undefined;
  /** Base for the body's relative links and images. */
  base: string | undefined;
  images: Image[];
  publisher: string | undefined;
  language: string | undefined;
  categories: Named[];
  credit?: string;
}

/** One feed item as an entry; an item without a title takes the first sentence of its text, flagged. */
export function feedEntry(fields: EntryFields): ParsedEntry {
  const { body, bodyBlocks } = fields.html
    ? bodyFromMarkup(fields.html, fields.base ? { baseUrl: fields.base } : {})
    : { body: [], bodyBlocks: [] };
  const summary = fields.summary ? htmlToParagraphs(fields.summary).join(' ') : undefined;
  const title = fields.headline ? decodeEntities(fields.headline).trim() : undefined;
  const fromText = title ? undefined : headlineFromText(body.length ? body : summary ? [summary] : []);
  const headline = title || fromText?.headline;
  if (!headline) throw new InputRejectedError('it has no title and no text');
  const { publishedAt, dateSource, flags } = fields.date();
  const allFlags = [...(fromText ? [fromText.flag] : []), ...flags];
  return {
    kind: 'article',
    ...(fields.sourceId ? { sourceId: fields.sourceId } : {}),
    ...(fields.language ? { language: fields.language } : {}),
    headline,
    otherHeadlines: [],
    ...(summary ? { summary } : {}),
    body,
    bodyBlocks,
    publishedAt,
    dateSource,
    ...(fields.byline ? { byline: fields.byline } : {}),
    source: {
      ...(fields.publisher ? { publisher: fields.publisher } : {}),
      ...(fields.link ? { url: fields.link } : {}),
      ...(fields.sourceId ? { originalId: fields.sourceId } : {}),
    },
    ...(fields.credit ? { photo: { credit: fields.credit } } : {}),
    ...(fields.images.length ? { images: fields.images } : {}),
    categories: fields.categories,
    ...(allFlags.length ? { flags: allFlags } : {}),
  };
}
