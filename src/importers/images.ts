import type { BodyBlock } from '../domain/body-blocks.js';
import { imageFromBlock, type Image, type Rendition } from '../domain/image.js';
import { resolveWebUrl } from './urls.js';

const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|avif|bmp|tiff?)$/i;

/** A number of pixels from an attribute or a JSON field ("640", 640); anything else is unknown. */
export function pixels(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/** True when a media type or (lacking one) the URL's extension says picture. */
export function isImage(mimeType: string | undefined, url: string | undefined, medium?: string): boolean {
  if (medium) return medium === 'image';
  if (mimeType) return /^image\//i.test(mimeType.trim());
  if (!url) return false;
  try {
    return IMAGE_EXTENSION.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** A rendition with its URL made absolute against `base`; none when the URL is not http(s). */
export function rendition(
  url: unknown,
  base: string | undefined,
  size: { width?: unknown; height?: unknown; mimeType?: unknown } = {},
): Rendition | undefined {
  const absolute = typeof url === 'string' ? resolveWebUrl(url, base) : undefined;
  if (!absolute) return undefined;
  const width = pixels(size.width);
  const height = pixels(size.height);
  const mimeType =
    typeof size.mimeType === 'string' && /^image\/[\w.+-]+$/i.test(size.mimeType.trim())
      ? size.mimeType.trim().toLowerCase()
      : undefined;
  return {
    url: absolute,
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
    ...(mimeType ? { mimeType } : {}),
  };
}

/** An image from renditions and labels; none when no rendition has a usable URL. */
export function image(
  renditions: (Rendition | undefined)[],
  labels: { caption?: string | undefined; credit?: string | undefined; altText?: string | undefined } = {},
): Image | undefined {
  const usable = renditions.filter((r): r is Rendition => Boolean(r));
  if (!usable.length) return undefined;
  return {
    renditions: usable,
    ...(labels.caption ? { caption: labels.caption } : {}),
    ...(labels.credit ? { credit: labels.credit } : {}),
    ...(labels.altText ? { altText: labels.altText } : {}),
  };
}

/** The pictures placed inside a body, as images. */
export const imagesFromBlocks = (blocks: readonly BodyBlock[] | undefined): Image[] =>
  (blocks ?? []).flatMap((b) => (b.kind === 'image' ? [imageFromBlock(b)] : []));

/** The width-described candidates of an img srcset ("a.jpg 320w, b.jpg 640w"); density candidates ("2x") say no width. */
export function srcsetRenditions(
  srcset: string | undefined,
  base: string | undefined,
): { url: string; width: number }[] {
  const candidates = [...(srcset ?? '').matchAll(/\s*(\S+?)\s+(\d+)w\s*(?:,|$)/g)];
  return candidates.flatMap(([, url, width]) => {
    const r = rendition(url, base, { width });
    return r?.width ? [{ url: r.url, width: r.width }] : [];
  });
}

// Image CDNs resize through the query string (3000.jpg?w=140, ?width=630): the same image file path is the
// same picture. A path that is not an image file (image.php?id=7) may pick the picture by its query: kept whole.
function pictureKey(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return IMAGE_EXTENSION.test(path) ? path : url;
}

/**
 * One image per picture: images whose renditions share a URL path are merged (renditions
 * de-duplicated, the first labels kept). Order is kept, so the first is the lead image.
 */
export function mergeImages(images: readonly (Image | undefined)[]): Image[] {
  const merged: Image[] = [];
  for (const next of images) {
    if (!next) continue;
    const keys = new Set(next.renditions.map((r) => pictureKey(r.url)));
    const same = merged.find((m) => m.renditions.some((r) => keys.has(pictureKey(r.url))));
    if (!same) {
      merged.push({ ...next, renditions: [...next.renditions] });
      continue;
    }
    for (const r of next.renditions) if (!same.renditions.some((s) => s.url === r.url)) same.renditions.push(r);
    if (!same.caption && next.caption) same.caption = next.caption;
    if (!same.credit && next.credit) same.credit = next.credit;
    if (!same.altText && next.altText) same.altText = next.altText;
  }
  return merged;
}
