import type { Image } from '../../domain/image.js';
import { image, isImage, mergeImages, rendition } from '../images.js';
import { asArray, textOf } from './xml.js';

type Node = Record<string, unknown>;

const first = (value: unknown): Node | undefined => asArray(value as Node | Node[] | undefined)[0];

/** Caption and credit from Media RSS elements on `holder` (a media:content or media:group), else on the item. */
function labels(holder: Node, item: Node) {
  const caption =
    textOf(first(holder['media:description'])) ??
    textOf(first(item['media:description'])) ??
    textOf(first(holder['media:title']));
  const credit = textOf(first(holder['media:credit'])) ?? textOf(first(item['media:credit']));
  return { caption, credit };
}

const thumbnails = (holder: Node, base: string | undefined) =>
  asArray(holder['media:thumbnail'] as Node[]).map((t) =>
    rendition(t['@url'], base, { width: t['@width'], height: t['@height'] }),
  );

/** One image from the picture renditions among `contents` (media:content elements), with the holder's thumbnails. */
function mediaImage(contents: Node[], holder: Node, item: Node, base: string | undefined): Image | undefined {
  const pictures = contents.filter((c) =>
    isImage(c['@type'] as string | undefined, c['@url'] as string | undefined, c['@medium'] as string | undefined),
  );
  const renditions = pictures.map((c) =>
    rendition(c['@url'], base, { width: c['@width'], height: c['@height'], mimeType: c['@type'] }),
  );
  return image([...renditions, ...(holder === item ? [] : thumbnails(holder, base))], labels(holder, item));
}

/**
 * The pictures of an RSS item or Atom entry: Media RSS groups, contents and thumbnails, image
 * enclosures (RSS <enclosure>, Atom <link rel="enclosure">). Relative URLs resolve against `base`.
 */
export function feedImages(item: Node, base: string | undefined): Image[] {
  const groups = asArray(item['media:group'] as Node[]).map((group) =>
    mediaImage(asArray(group['media:content'] as Node[]), group, item, base),
  );
  const contents = asArray(item['media:content'] as Node[]).map((content) =>
    mediaImage([content], content, item, base),
  );
  // An item's own thumbnail is the item's picture at a small size: a rendition of the lead image when there is one.
  const itemThumbnails = thumbnails(item, base);
  const lead = [...groups, ...contents].find(Boolean);
  if (lead) lead.renditions.push(...itemThumbnails.filter((r) => r !== undefined));
  const thumbnailImages = lead ? [] : itemThumbnails.map((r) => image([r], labels(item, item)));
  const enclosures = [
    ...asArray(item.enclosure as Node[]).map((e) => ({
      url: e['@url'] as string | undefined,
      type: e['@type'] as string | undefined,
    })),
    ...asArray(item.link as Node[])
      .filter((l) => typeof l === 'object' && l['@rel'] === 'enclosure')
      .map((l) => ({ url: l['@href'] as string | undefined, type: l['@type'] as string | undefined })),
  ]
    .filter((e) => isImage(e.type, e.url))
    .map((e) => image([rendition(e.url, base, { mimeType: e.type })], labels(item, item)));
  return mergeImages([...groups, ...contents, ...thumbnailImages, ...enclosures]);
}
