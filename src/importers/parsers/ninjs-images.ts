import type { Image } from '../../domain/image.js';
import { image, isImage, mergeImages, rendition } from '../images.js';
import { isObject, stringOf } from './json.js';

type Json = Record<string, unknown>;

const PICTURE_TYPES = ['picture', 'graphic'];

/**
 * ninjs 1.x keys renditions and associations by name ({ "main": {...} }); 2.x and 3.x list them
 * ([{ "name": "main", ... }]). Both come out as a list.
 */
function named(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  if (!isObject(value)) return [];
  return 'href' in value || 'uri' in value ? [value] : Object.values(value).filter(isObject);
}

const described = (item: Json, role: string) => named(item.descriptions).find((d) => stringOf(d.role) === role);

/** A picture item (the document itself, or an association) as an image with caption and credit. */
function pictureOf(item: Json): Image | undefined {
  const renditions = named(item.renditions)
    .filter(
      (r) =>
        isImage(stringOf(r.contentType) ?? stringOf(r.mimetype), stringOf(r.href)) || (!r.contentType && !r.mimetype),
    )
    .map((r) =>
      rendition(r.href, undefined, {
        width: r.width,
        height: r.height,
        mimeType: stringOf(r.contentType) ?? stringOf(r.mimetype),
      }),
    );
  // Renditions named but without an href (3.1 associations): the picture's own URI is the file when it is one.
  const usable = renditions.some(Boolean)
    ? renditions
    : [isImage(undefined, stringOf(item.uri)) ? rendition(item.uri, undefined) : undefined];
  // Descriptions by the writer or the credit line are not captions (sipa labels its website "writer").
  const firstDescription = named(item.descriptions).find(
    (d) => !/credit|writer|author|^by/i.test(stringOf(d.role) ?? ''),
  );
  const caption =
    stringOf(described(item, 'caption')?.value) ??
    stringOf(described(item, 'text')?.value) ??
    stringOf(firstDescription?.value) ??
    stringOf(item.description_text);
  const credit =
    stringOf(item.creditline) ??
    stringOf(described(item, 'creditline')?.value) ??
    stringOf(item.by) ??
    stringOf(item.byline);
  return image(usable, { caption, credit });
}

/** The pictures of a ninjs item: itself when it is a picture, then its associated pictures, then graphics. */
export function ninjsImages(item: Json): Image[] {
  const own = PICTURE_TYPES.includes(stringOf(item.type) ?? '') ? [pictureOf(item)] : [];
  const associations = named(item.associations);
  const ofType = (type: string) => associations.filter((a) => stringOf(a.type) === type).map(pictureOf);
  return mergeImages([...own, ...ofType('picture'), ...ofType('graphic')]);
}
