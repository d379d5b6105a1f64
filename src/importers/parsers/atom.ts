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

/** Atom 1.0: one article per <entry>, dated by <published>, else <updated>, else the feed's <updated>. */
export function readAtom(feed: Node, xhtml: readonly (string | undefined)[] = []): ParsedItem[] {
  const publisher = textOf(feed.title);
  const language = normalizeLanguage(feed['@xml:lang'] as string | undefined);
  const feedDates = [{ field: '<updated> of the feed', value: textOf(feed.updated) }];
  const alternate = (links: Node[]) =>
    (links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0])?.['@href'] as string | undefined;
  const feedBase = (feed['@xml:base'] as string | undefined) ?? alternate(asArray(feed.link as Node[]));
  const baseOf = (item: Node) => (item['@xml:base'] as string | undefined) ?? feedBase;
  const alternateOf = (item: Node) => canonicalLink(alternate(asArray(item.link as Node[])), baseOf(item));
  const entries = asArray(feed.entry as Node[]);
  const webBase =
    resolveWebUrl(feed['@xml:base'] as string | undefined, firstBase(alternate(asArray(feed.link as Node[])))) ??
    firstBase(alternate(asArray(feed.link as Node[])));
  return readItems(
    'Atom entry',
    entries,
    (item) => {
      const entryBase = resolveWebUrl(item['@xml:base'] as string | undefined, webBase) ?? webBase;
      const content = item.content as Node | string | undefined;
      const contentBase =
        typeof content === 'object' ? resolveWebUrl(content['@xml:base'] as string | undefined, entryBase) : undefined;
      const authors = asArray(item.author as Node[])
        .map((author) => textOf(author.name))
        .filter(Boolean);
      return feedEntry({
        sourceId: storyIdentity(textOf(item.id), alternateOf(item), baseOf(item)),
        headline: textOf(item.title),
        // type="xhtml" content is markup inside the XML: read from the text itself (atom-xhtml.ts).
        html: xhtml[entries.indexOf(item)] ?? textOf(item.content) ?? textOf(item.summary),
        summary: textOf(item.summary),
        date: () =>
          resolveItemDate(
            [
              { field: '<published>', value: textOf(item.published) },
              { field: '<updated>', value: textOf(item.updated) },
            ],
            feedDates,
          ),
        byline: authors.join(', ') || undefined,
        link: alternateOf(item),
        base: contentBase ?? entryBase ?? firstBase(alternateOf(item)),
        images: feedImages(item, entryBase ?? firstBase(alternateOf(item))),
        publisher,
        language: normalizeLanguage(item['@xml:lang'] as string | undefined) ?? language,
        categories: asArray(item.category as Node[])
          .map(atomCategory)
          .filter((c) => c.name),
      });
    },
    (item) => itemRef('id', textOf(item.id)) ?? itemRef('link', alternateOf(item)),
  );
}

/** RFC 4287 4.2.2: `term` identifies the category within its `scheme`; `label` is for people to read. */
function atomCategory(category: Node): Named {
  const term = (category['@term'] as string | undefined)?.trim();
  const label = (category['@label'] as string | undefined)?.trim();
  const scheme = (category['@scheme'] as string | undefined)?.trim();
  return { name: label || term || '', ...(scheme ? { scheme } : {}), ...(scheme && term ? { code: term } : {}) };
}
