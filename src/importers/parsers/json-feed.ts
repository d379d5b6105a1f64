import { bodyFromMarkup, textToParagraphs } from '../html.js';
import { image, isImage, mergeImages, rendition } from '../images.js';
import { resolveItemDate } from '../item-date.js';
import { canonicalLink, storyIdentity } from '../links.js';
import { firstBase } from '../urls.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser } from '../parsed-entry.js';
import { parseByline } from '../bylines.js';
import { headlineFromText } from '../headline.js';
import { itemRef, readItems } from '../parsed-items.js';
import { normalizeLanguage } from './language-tag.js';
import { isObject, looksLikeJsonObject, parseJson, stringOf } from './json.js';

/** JSON Feed 1.0 and 1.1: one article per item; tags feed people and events. */
export const jsonFeedParser: DocumentParser = {
  format: 'json-feed',
  accepts: (text) =>
    looksLikeJsonObject(text) && /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096)),
  parse(text) {
    const feed = parseJson(text);
    if (!isObject(feed) || !Array.isArray(feed.items))
      throw new InputRejectedError('a JSON Feed needs an "items" array');
    const publisher = stringOf(feed.title);
    const language = normalizeLanguage(stringOf(feed.language));
    const refOf = (item: unknown) =>
      isObject(item) ? (itemRef('id', stringOf(item.id)) ?? itemRef('url', stringOf(item.url))) : undefined;
    return readItems(
      'JSON Feed item',
      feed.items as unknown[],
      (item) => {
        if (!isObject(item)) throw new InputRejectedError('it is not an object');
        const html = stringOf(item.content_html);
        const url = canonicalLink(stringOf(item.url) ?? stringOf(item.external_url), stringOf(feed.home_page_url));
        const base = firstBase(url, stringOf(feed.home_page_url));
        const { body, bodyBlocks } = html
          ? bodyFromMarkup(html, base ? { baseUrl: base } : {})
          : { body: textToParagraphs(stringOf(item.content_text) ?? ''), bodyBlocks: undefined };
        // A title-less item (allowed by JSON Feed) is headed by its summary, else its first sentence, flagged.
        const fromText = stringOf(item.title) ? undefined : headlineFromText([stringOf(item.summary) ?? '', ...body]);
        const headline = stringOf(item.title) ?? fromText?.headline;
        if (!headline) throw new InputRejectedError('it has no title and no text');
        const id = storyIdentity(stringOf(item.id), url, stringOf(feed.home_page_url));
        // JSON Feed has no feed-level date to fall back on.
        const date = resolveItemDate([
          { field: 'date_published', value: stringOf(item.date_published) },
          { field: 'date_modified', value: stringOf(item.date_modified) },
        ]);
        // JSON Feed 1.1 lists authors; 1.0 has one author.
        const names = [...(Array.isArray(item.authors) ? item.authors : []), item.author]
          .filter(isObject)
          .map((a) => stringOf(a.name))
          .filter((n): n is string => Boolean(n));
        const author = names.length ? [...new Set(names)].join(', ') : undefined;
        const itemLanguage = normalizeLanguage(stringOf(item.language)) ?? language;
        return {
          kind: 'article' as const,
          ...(id ? { sourceId: id } : {}),
          ...(itemLanguage ? { language: itemLanguage } : {}),
          headline,
          otherHeadlines: [],
          ...(stringOf(item.summary) ? { summary: stringOf(item.summary) as string } : {}),
          body,
          ...(bodyBlocks ? { bodyBlocks } : {}),
          images: imagesOf(item, base),
          publishedAt: date.publishedAt,
          dateSource: date.dateSource,
          ...(author ? { byline: author, authors: [...new Set(names)].flatMap((name) => parseByline(name)) } : {}),
          source: { ...(publisher ? { publisher } : {}), ...(url ? { url } : {}), ...(id ? { originalId: id } : {}) },
          categories: Array.isArray(item.tags)
            ? item.tags.filter((t): t is string => typeof t === 'string' && Boolean(t.trim())).map((name) => ({ name }))
            : [],
          ...(fromText || date.flags.length ? { flags: [...(fromText ? [fromText.flag] : []), ...date.flags] } : {}),
        };
      },
      refOf,
    );
  },
};

/** JSON Feed `image` (the main picture), `banner_image`, and image attachments. */
function imagesOf(item: Record<string, unknown>, base: string | undefined) {
  const attachments = (Array.isArray(item.attachments) ? item.attachments.filter(isObject) : []).filter((a) =>
    isImage(stringOf(a.mime_type), stringOf(a.url)),
  );
  return mergeImages([
    image([rendition(stringOf(item.image), base)]),
    image([rendition(stringOf(item.banner_image), base)]),
    ...attachments.map((a) =>
      image([rendition(a.url, base, { mimeType: a.mime_type })], { caption: stringOf(a.title) }),
    ),
  ]);
}
