import type { Article, ArticleBody } from '../domain/article.js';
import { WriteRejectedError } from '../domain/errors.js';
import * as keys from './keys.js';

/** The documented limit: a body (an article's or a translation's, paragraphs and blocks as JSON) up to 2 MB. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** One part's bytes: under DynamoDB's 400 KB item limit with room for the keys and attributes. */
export const PART_BYTES = 350 * 1024;

type Item = Record<string, unknown>;

/** A body's JSON, refused over MAX_BODY_BYTES (`what` names it in the error). */
export function bodyJson(what: string, content: object): Buffer {
  const json = Buffer.from(JSON.stringify(content), 'utf8');
  if (json.length > MAX_BODY_BYTES)
    throw new WriteRejectedError(
      `${what}: body of ${json.length} bytes, over the ${MAX_BODY_BYTES} bytes a body may have`,
    );
  return json;
}

/** The JSON cut into parts of at most PART_BYTES (at least one). */
export function splitParts(json: Buffer): Uint8Array[] {
  const parts = Math.max(1, Math.ceil(json.length / PART_BYTES));
  return Array.from(
    { length: parts },
    (_, part) => new Uint8Array(json.subarray(part * PART_BYTES, (part + 1) * PART_BYTES)),
  );
}

/**
 * The parts joined back (in key order), refused when some are missing or of another version: a
 * write came between the reads, and a reader must never join two versions.
 */
export function joinParts(what: string, parts: readonly Item[], expected: number, version: unknown): unknown {
  if (parts.length !== expected || parts.some((part) => part.version !== version))
    throw new Error(`the body of ${what} changed while it was read; read it again`);
  return JSON.parse(Buffer.concat(parts.map((part) => part.data as Uint8Array)).toString('utf8'));
}

/**
 * The body's items: its JSON split into parts of at most PART_BYTES (one part for all but the longest
 * bodies). Part 0 says how many parts there are; every part carries the article's version, so a reader
 * never joins parts of two versions.
 */
export function toBodyItems(article: Article): Item[] {
  const content = { body: article.body, ...(article.bodyBlocks ? { bodyBlocks: article.bodyBlocks } : {}) };
  const parts = splitParts(bodyJson(`article ${article.id}`, content));
  return parts.map((data, part) => ({
    ...keys.articleBodyKey(article.id, part),
    type: part === 0 ? 'ArticleBody' : 'ArticleBodyPart',
    articleId: article.id,
    version: article.version,
    ...(part === 0 ? { parts: parts.length } : {}),
    data,
  }));
}

/** The keys of a body's parts after the first, which part 0 counts. */
export function otherPartKeys(first: Item): keys.PrimaryKey[] {
  const parts = typeof first.parts === 'number' ? first.parts : 1;
  const articleId = String(first.articleId);
  return Array.from({ length: parts - 1 }, (_, n) => keys.articleBodyKey(articleId, n + 1));
}

/** The body back from its parts (part 0 first, in key order). */
export function joinBody(parts: readonly Item[]): ArticleBody {
  const [first] = parts;
  if (!first) throw new Error('joinBody: no parts');
  const articleId = String(first.articleId);
  const expected = typeof first.parts === 'number' ? first.parts : 1;
  const content = joinParts(`article ${articleId}`, parts, expected, first.version) as Omit<ArticleBody, 'articleId'>;
  return { articleId, ...content };
}
