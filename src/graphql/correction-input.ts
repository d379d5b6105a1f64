import type { TranslationKind } from '../domain/article.js';
import type { CorrectionInput } from '../domain/article-editor.js';
import type { CorrectableField, FieldValue } from '../domain/article-editorial.js';
import { InvalidInputError } from '../domain/errors.js';
import type { Image } from '../domain/image.js';
import { languageTagArg } from './arguments.js';

/** The GraphQL input as Pothos hands it over: absent is undefined, an explicit null is null. */
export interface CorrectionArgs {
  headline?: string | null;
  summary?: string | null;
  body?: readonly string[] | null;
  publishedAt?: string | null;
  image?: ImageArgs | null;
  translations?: readonly TranslationArgs[] | null;
  addPeople?: readonly string[] | null;
  removePeople?: readonly string[] | null;
  addEvents?: readonly string[] | null;
  removeEvents?: readonly string[] | null;
}
interface ImageArgs {
  url: string;
  caption?: string | null;
  credit?: string | null;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
}
interface TranslationArgs {
  language: string;
  headline?: string | null;
  body?: readonly string[] | null;
  kind?: TranslationKind | null;
}

/**
 * The fields to correct, checked: a headline, body or date can be replaced, never removed; null removes
 * a summary, the lead image or a translation's body. Texts are trimmed; empty paragraphs dropped.
 */
export function toCorrectionInput(args: CorrectionArgs): CorrectionInput {
  const fields = new Map<CorrectableField, FieldValue>();
  if (args.headline !== undefined) fields.set('headline', required('input.headline', args.headline));
  if (args.summary !== undefined)
    fields.set('summary', args.summary === null ? null : text('input.summary', args.summary));
  if (args.body !== undefined) fields.set('body', paragraphs('input.body', args.body));
  if (args.publishedAt !== undefined) fields.set('publishedAt', required('input.publishedAt', args.publishedAt));
  if (args.image !== undefined) fields.set('image', args.image === null ? null : image(args.image));
  for (const [index, t] of (args.translations ?? []).entries()) {
    const at = `input.translations[${index}]`;
    const field = (part: string) => `translations.${languageTagArg(`${at}.language`, t.language)}.${part}`;
    if (t.headline !== undefined) fields.set(field('headline'), required(`${at}.headline`, t.headline));
    if (t.body !== undefined) fields.set(field('body'), t.body === null ? null : paragraphs(`${at}.body`, t.body));
    if (t.kind !== undefined) fields.set(field('kind'), required(`${at}.kind`, t.kind));
  }
  return {
    fields,
    addPeople: args.addPeople ?? [],
    removePeople: args.removePeople ?? [],
    addEvents: args.addEvents ?? [],
    removeEvents: args.removeEvents ?? [],
  };
}

function required(name: string, value: string | null): string {
  if (value === null) throw new InvalidInputError(`${name}: cannot be removed, only corrected`);
  return text(name, value);
}

function text(name: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new InvalidInputError(`${name}: must not be empty (give null to remove it, where allowed)`);
  return trimmed;
}

function paragraphs(name: string, value: readonly string[] | null): string[] {
  const kept = (value ?? []).map((p) => p.trim()).filter(Boolean);
  if (!kept.length) throw new InvalidInputError(`${name}: give at least one paragraph`);
  return kept;
}

function image(args: ImageArgs): Image {
  let url: URL;
  try {
    url = new URL(args.url);
  } catch {
    throw new InvalidInputError('input.image.url: not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InvalidInputError('input.image.url: must be an http(s) URL');
  return {
    renditions: [
      { url: url.href, ...(args.width ? { width: args.width } : {}), ...(args.height ? { height: args.height } : {}) },
    ],
    ...(args.caption ? { caption: args.caption.trim() } : {}),
    ...(args.credit ? { credit: args.credit.trim() } : {}),
    ...(args.altText ? { altText: args.altText.trim() } : {}),
  };
}
