import type { BodyBlock } from './body-blocks.js';

/** One file of a picture: the same image at one size and format. */
export interface Rendition {
  /** Absolute http(s) URL. */
  url: string;
  width?: number;
  height?: number;
  mimeType?: string;
}

/** A picture with every rendition the source offers. */
export interface Image {
  renditions: Rendition[];
  caption?: string;
  credit?: string;
  altText?: string;
}

/**
 * The rendition to serve for a display `width`: the smallest at least that wide, else the largest;
 * without a width, the largest. Renditions of unknown width count as smaller than any known one.
 */
export function pickRendition(image: Image, width?: number | null): Rendition | undefined {
  // Nothing to compare: the source's first rendition is its main one.
  if (image.renditions.every((r) => r.width === undefined)) return image.renditions[0];
  const bySize = [...image.renditions].sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
  if (width != null) {
    const wide = bySize.find((r) => r.width !== undefined && r.width >= width);
    if (wide) return wide;
  }
  return bySize.at(-1);
}

/** A picture placed in a body as an image: its src, then the other sizes its srcset offers. */
export function imageFromBlock(block: Extract<BodyBlock, { kind: 'image' }>): Image {
  const main: Rendition = {
    url: block.src,
    ...(block.width ? { width: block.width } : {}),
    ...(block.height ? { height: block.height } : {}),
  };
  const others = (block.srcset ?? []).filter((r) => r.url !== block.src);
  return {
    renditions: [main, ...others],
    ...(block.caption ? { caption: block.caption } : {}),
    ...(block.credit ? { credit: block.credit } : {}),
    ...(block.alt ? { altText: block.alt } : {}),
  };
}
