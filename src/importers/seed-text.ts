import type { ArticleDocument, Translation } from '../domain/article.js';
import { resolveDateline } from '../domain/dateline.js';
import { articleIdFromSource } from '../domain/identity.js';
import { slugify } from '../domain/slug.js';
import { detectLanguage } from './language.js';

export class SeedFormatError extends Error {
  override name = 'SeedFormatError';
}

const PHOTO_LINE = /^photo:\s*(.+)$/i;
// A headline is one short line without the sentence punctuation that ends body paragraphs.
const looksLikeHeadline = (block: string) => block.length <= 200 && !block.includes('\n') && !/[.!?]["”’]?$/.test(block);

/**
 * Reads the content team's plain-text format: a date line (the year may be missing), the headline,
 * headlines in other languages, an optional "Photo:" credit line, then the body paragraphs.
 * The text is kept exactly as written.
 */
export function readSeedText(text: string, importedAt: Date): ArticleDocument {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const [dateline, headline, ...rest] = blocks;
  if (!dateline || !headline) throw new SeedFormatError('expected a date line and a headline, separated by a blank line');
  const date = resolveDateline(dateline, importedAt);
  if (!date) throw new SeedFormatError(`first line "${dateline.slice(0, 60)}" is not a date line such as "Saturday, November 16"`);

  const language = detectLanguage(headline) ?? 'en';
  const otherHeadlines: string[] = [];
  while (rest[0] && looksLikeHeadline(rest[0]) && !PHOTO_LINE.test(rest[0]) && detectLanguage(rest[0]) !== language) {
    otherHeadlines.push(rest.shift() as string);
  }
  const photoCredit = rest[0] ? PHOTO_LINE.exec(rest[0])?.[1]?.trim() : undefined;
  if (photoCredit) rest.shift();
  if (rest.length === 0) throw new SeedFormatError('the article has no body paragraphs');

  const id = articleIdFromSource(`text:${date}:${headline}`);
  const translations: Translation[] = otherHeadlines.map((translated) => ({
    articleId: id,
    language: detectLanguage(translated) ?? 'und',
    headline: translated,
    slug: slugify(translated),
    // The content team's second headline is a translation of unknown origin.
    kind: 'UNKNOWN',
  }));
  const now = importedAt.toISOString();
  return {
    article: {
      id,
      slug: slugify(headline),
      language,
      headline,
      body: rest,
      publishedAt: `${date}T00:00:00.000Z`,
      dateline,
      updatedAt: now,
      version: 1,
      ...(photoCredit ? { photo: { credit: photoCredit } } : {}),
      translations: translations.map(({ language: lang, headline: h, slug, kind }) => ({ language: lang, headline: h, slug, kind, hasBody: false })),
      people: [],
      events: [],
      related: [],
    },
    translations,
  };
}
