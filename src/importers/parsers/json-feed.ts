import { bodyFromMarkup, textToParagraphs } from '../html.js';
import { image, isImage, mergeImages, rendition } from '../images.js';
import { firstBase } from '../urls.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser, ParsedEntry } from '../parsed-entry.js';
import { normalizeLanguage } from './feed-xml.js';
import { isObject, looksLikeJsonObject, parseJson, stringOf } from './json.js';

/** JSON Feed 1.0 and 1.1: one article per item; tags feed people and events. */
export const jsonFeedParser: DocumentParser = {
  format: 'json-feed',
  accepts: (text) => looksLikeJsonObject(text) && /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096)),
  parse(text) {
    const feed = parseJson(text);
    if (!isObject(feed) || !Array.isArray(feed.items)) throw new InputRejectedError('a JSON Feed needs an "items" array');
    const publisher = stringOf(feed.title);
    const language = normalizeLanguage(stringOf(feed.language));
    return feed.items.map((item): ParsedEntry => {
      if (!isObject(item)) throw new InputRejectedError('a JSON Feed item is not an object');
      const headline = stringOf(item.title) ?? stringOf(item.summary);
      if (!headline) throw new InputRejectedError(`item ${String(item.id)} has no title`);
      const html = stringOf(item.content_html);
      const url = stringOf(item.url);
      const base = firstBase(url, stringOf(feed.home_page_url));
      const { body, bodyBlocks } = html ? bodyFromMarkup(html, base ? { baseUrl: base } : {}) : { body: textToParagraphs(stringOf(item.content_text) ?? ''), bodyBlocks: undefined };
      const id = stringOf(item.id) ?? url;
      const published = stringOf(item.date_published) ?? stringOf(item.date_modified);
      const author = isObject(item.author) ? stringOf(item.author.name) : undefined;
      const itemLanguage = normalizeLanguage(stringOf(item.language)) ?? language;
      return {
        kind: 'article',
        ...(id ? { sourceId: id } : {}),
        ...(itemLanguage ? { language: itemLanguage } : {}),
        headline,
        otherHeadlines: [],
        ...(stringOf(item.summary) ? { summary: stringOf(item.summary) as string } : {}),
        body,
        ...(bodyBlocks ? { bodyBlocks } : {}),
        images: imagesOf(item, base),
        ...(published && !Number.isNaN(Date.parse(published)) ? { publishedAt: new Date(published).toISOString() } : {}),
        ...(author ? { byline: author } : {}),
        source: { ...(publisher ? { publisher } : {}), ...(url ? { url } : {}), ...(id ? { originalId: id } : {}) },
        categories: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
      };
    });
  },
};

/** JSON Feed `image` (the main picture), `banner_image`, and image attachments. */
function imagesOf(item: Record<string, unknown>, base: string | undefined) {
  const attachments = (Array.isArray(item.attachments) ? item.attachments.filter(isObject) : []).filter((a) => isImage(stringOf(a.mime_type), stringOf(a.url)));
  return mergeImages([
    image([rendition(stringOf(item.image), base)]),
    image([rendition(stringOf(item.banner_image), base)]),
    ...attachments.map((a) => image([rendition(a.url, base, { mimeType: a.mime_type })], { caption: stringOf(a.title) })),
  ]);
}
