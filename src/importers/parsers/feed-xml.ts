import type { Image } from '../../domain/image.js';
import { parseFeedDate } from '../dates.js';
import { bodyFromMarkup, decodeEntities, htmlToParagraphs } from '../html.js';
import { InputRejectedError } from '../raw-input.js';
import { firstBase, resolveWebUrl } from '../urls.js';
import type { DocumentParser, ParsedEntry } from '../parsed-entry.js';
import { atomXhtmlContents } from './atom-xhtml.js';
import { feedImages } from './feed-media.js';
import { asArray, parseXml, textOf } from './xml.js';

type Node = Record<string, unknown>;

/** RSS 2.0 and Atom feeds: one article per item or entry. */
export const feedXmlParser: DocumentParser = {
  format: 'rss/atom',
  // XML starting with a declaration, a DTD, a comment or the root, with <rss> or <feed> near the top.
  accepts: (text) => /^\s*<(\?xml|!DOCTYPE|!--|rss\b|feed\b)/.test(text) && /<(rss|feed)\b/.test(text.slice(0, 8192)),
  parse(text) {
    const document = parseXml(text);
    if (document.rss) return readRss(document.rss as Node);
    if (document.feed) return readAtom(document.feed as Node, atomXhtmlContents(text));
    throw new InputRejectedError('XML that is neither an RSS <rss> nor an Atom <feed>');
  },
};

function readRss(rss: Node): ParsedEntry[] {
  const channel = (rss.channel ?? {}) as Node;
  const publisher = textOf(channel.title);
  const language = normalizeLanguage(textOf(channel.language) ?? textOf(channel['dc:language']));
  const channelLink = textOf(asArray(channel.link as unknown[]).find((l) => typeof l === 'string' || textOf(l)));
  const channelBase = resolveWebUrl(channel['@xml:base'] as string | undefined, channelLink) ?? firstBase(channelLink);
  return asArray(channel.item as Node[]).map((item) => {
    const rawLink = textOf(asArray(item.link as unknown[])[0]);
    // RSS has no base of its own: xml:base when given, else the item's link, else the channel's.
    const base = resolveWebUrl(item['@xml:base'] as string | undefined, channelBase) ?? firstBase(rawLink) ?? channelBase;
    const link = rawLink ? (resolveWebUrl(rawLink, channelBase) ?? rawLink) : undefined;
    const description = textOf(item['content:encoded']) ?? textOf(item.description);
    const media = asArray(item['media:content'] as Node[])[0];
    const credit = textOf(asArray(media?.['media:credit'] as Node[])[0]);
    return entry({
      sourceId: textOf(item.guid) ?? link,
      headline: textOf(item.title),
      html: description,
      publishedAt: parseFeedDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
      byline: textOf(item['dc:creator']) ?? textOf(item.author),
      link,
      base,
      images: feedImages(item, base),
      publisher,
      language,
      categories: [...asArray(item.category as Node[]), ...asArray(item['dc:subject'] as Node[])].map(textOf).filter((c): c is string => Boolean(c)),
      ...(credit ? { credit } : {}),
    });
  });
}

function readAtom(feed: Node, xhtml: (string | undefined)[]): ParsedEntry[] {
  const publisher = textOf(feed.title);
  const language = normalizeLanguage(feed['@xml:lang'] as string | undefined);
  const feedLinks = asArray(feed.link as Node[]);
  const feedAlternate = (feedLinks.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? feedLinks[0])?.['@href'] as string | undefined;
  const feedBase = resolveWebUrl(feed['@xml:base'] as string | undefined, firstBase(feedAlternate)) ?? firstBase(feedAlternate);
  return asArray(feed.entry as Node[]).map((item, index) => {
    const entryBase = resolveWebUrl(item['@xml:base'] as string | undefined, feedBase) ?? feedBase;
    const links = asArray(item.link as Node[]);
    const alternate = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const href = alternate?.['@href'] as string | undefined;
    const link = href ? (resolveWebUrl(href, entryBase) ?? href) : undefined;
    const content = item.content as Node | string | undefined;
    const contentBase = typeof content === 'object' ? resolveWebUrl(content['@xml:base'] as string | undefined, entryBase) : undefined;
    const author = asArray(item.author as Node[])[0];
    return entry({
      sourceId: textOf(item.id) ?? link,
      headline: textOf(item.title),
      html: xhtml[index] ?? textOf(item.content) ?? textOf(item.summary),
      summary: textOf(item.summary),
      publishedAt: parseFeedDate(textOf(item.published) ?? textOf(item.updated)),
      byline: textOf(author?.name),
      link,
      base: contentBase ?? entryBase ?? firstBase(link),
      images: feedImages(item, entryBase ?? firstBase(link)),
      publisher,
      language: normalizeLanguage(item['@xml:lang'] as string | undefined) ?? language,
      categories: asArray(item.category as Node[]).map((c) => (c['@label'] ?? c['@term']) as string | undefined).filter((c): c is string => Boolean(c)),
    });
  });
}

interface EntryFields {
  sourceId: string | undefined;
  headline: string | undefined;
  html: string | undefined;
  summary?: string | undefined;
  publishedAt: string | undefined;
  byline: string | undefined;
  link: string | undefined;
  /** Base for the body's relative links and images. */
  base: string | undefined;
  images: Image[];
  publisher: string | undefined;
  language: string | undefined;
  categories: string[];
  credit?: string;
}

function entry(fields: EntryFields): ParsedEntry {
  const headline = fields.headline ? decodeEntities(fields.headline) : undefined;
  if (!headline) throw new InputRejectedError('an item has no title');
  const { body, bodyBlocks } = fields.html ? bodyFromMarkup(fields.html, fields.base ? { baseUrl: fields.base } : {}) : { body: [], bodyBlocks: [] };
  const summary = fields.summary ? htmlToParagraphs(fields.summary).join(' ') : undefined;
  return {
    kind: 'article',
    ...(fields.sourceId ? { sourceId: fields.sourceId } : {}),
    ...(fields.language ? { language: fields.language } : {}),
    headline,
    otherHeadlines: [],
    ...(summary ? { summary } : {}),
    body,
    bodyBlocks,
    ...(fields.publishedAt ? { publishedAt: fields.publishedAt } : {}),
    ...(fields.byline ? { byline: fields.byline } : {}),
    source: { ...(fields.publisher ? { publisher: fields.publisher } : {}), ...(fields.link ? { url: fields.link } : {}), ...(fields.sourceId ? { originalId: fields.sourceId } : {}) },
    ...(fields.credit ? { photo: { credit: fields.credit } } : {}),
    ...(fields.images.length ? { images: fields.images } : {}),
    categories: fields.categories,
  };
}

/** "en-gb" → "en-GB"; empty → undefined (uolNoticias.rss declares an empty language). */
export function normalizeLanguage(tag: string | undefined): string | undefined {
  const value = tag?.trim();
  if (!value || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value)) return undefined;
  const [primary = '', ...rest] = value.replace(/_/g, '-').split('-');
  return [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}
