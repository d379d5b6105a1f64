import { resolveItemDate } from '../item-date.js';
import { canonicalLink, storyIdentity } from '../links.js';
import type { Named, ParsedItem } from '../parsed-entry.js';
import { itemRef, readItems } from '../parsed-items.js';
import { feedEntry } from './feed-entry.js';
import { firstBase, resolveWebUrl } from '../urls.js';
import { feedImages } from './feed-media.js';
import { normalizeLanguage } from './language-tag.js';
import { asArray, textOf } from './xml.js';

type Node = Record<string, unknown>;

/** RSS 0.91, 0.92 and 2.0: the items are inside <channel>. */
export const readRss = (rss: Node): ParsedItem[] =>
  readChannelItems('RSS', (rss.channel ?? {}) as Node, asArray((rss.channel as Node | undefined)?.item as Node[]));

/** RSS 1.0 (RDF): the items are siblings of <channel> under <rdf:RDF>, identified by rdf:about. */
export const readRdf = (rdf: Node): ParsedItem[] =>
  readChannelItems('RSS 1.0', (rdf.channel ?? {}) as Node, asArray(rdf.item as Node[]));

function readChannelItems(format: string, channel: Node, items: Node[]): ParsedItem[] {
  const publisher = textOf(channel.title);
  const language = normalizeLanguage(textOf(channel.language) ?? textOf(channel['dc:language']));
  const feedDates = ['pubDate', 'lastBuildDate', 'dc:date'].map((field) => ({
    field: `<${field}>`,
    value: textOf(channel[field]),
  }));
  const guidOf = (item: Node) => textOf(item.guid) ?? (item['@rdf:about'] as string | undefined)?.trim();
  const baseOf = (item: Node) =>
    (item['@xml:base'] as string | undefined) ?? textOf(asArray(channel.link as unknown[])[0]);
  const channelLink = textOf(asArray(channel.link as unknown[]).find((l) => typeof l === 'string' || textOf(l)));
  const channelBase = resolveWebUrl(channel['@xml:base'] as string | undefined, channelLink) ?? firstBase(channelLink);
  // For the body's relative links and images: xml:base when given, else the item's link, else the channel's.
  const bodyBaseOf = (item: Node) =>
    resolveWebUrl(item['@xml:base'] as string | undefined, channelBase) ??
    firstBase(textOf(asArray(item.link as unknown[])[0])) ??
    channelBase;
  const linkOf = (item: Node) => canonicalLink(textOf(asArray(item.link as unknown[])[0]), baseOf(item));
  return readItems(
    `${format} item`,
    items,
    (item) => {
      const link = linkOf(item);
      const media = asArray(item['media:content'] as Node[])[0];
      const credit = textOf(asArray(media?.['media:credit'] as Node[])[0]);
      return feedEntry({
        sourceId: storyIdentity(guidOf(item), link, baseOf(item)),
        headline: textOf(item.title),
        html: textOf(item['content:encoded']) ?? textOf(item.description),
        // Beside a full text, <description> is the standfirst.
        summary: textOf(item['content:encoded']) ? textOf(item.description) : undefined,
        date: () =>
          resolveItemDate(
            [
              { field: '<pubDate>', value: textOf(item.pubDate) },
              { field: '<dc:date>', value: textOf(item['dc:date']) },
            ],
            feedDates,
          ),
        // An item may credit several dc:creator elements; RSS 2.0 <author> is "address (Name)".
        byline:
          asArray(item['dc:creator'] as unknown[])
            .map(textOf)
            .filter(Boolean)
            .join(', ') || textOf(item.author),
        link,
        base: bodyBaseOf(item),
        images: feedImages(item, bodyBaseOf(item)),
        publisher,
        language,
        categories: [
          ...asArray(item.category as Node[]).map(rssCategory),
          ...asArray(item['dc:subject'] as Node[]).map((subject) => ({ name: textOf(subject) ?? '' })),
        ].filter((c) => c.name),
        ...(credit ? { credit } : {}),
      });
    },
    (item) => itemRef('guid', guidOf(item)) ?? itemRef('link', linkOf(item)),
  );
}

/** RSS 2.0 `<category domain="…">`: the domain names the taxonomy the category is from. */
function rssCategory(category: Node): Named {
  const name = textOf(category)?.trim() ?? '';
  const domain = typeof category === 'object' && category ? (category['@domain'] as string | undefined) : undefined;
  return { name, ...(domain?.trim() ? { scheme: domain.trim() } : {}) };
}
