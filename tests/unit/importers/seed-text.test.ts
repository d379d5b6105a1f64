import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeedText, SeedFormatError } from '../../../src/importers/seed-text.js';

const seed = readFileSync(new URL('../../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8');
const importedAt = new Date('2026-11-28T02:00:00Z');

describe('readSeedText on the seed article', () => {
  const { article, translations } = readSeedText(seed, importedAt);

  it('reads the English headline and language', () => {
    expect(article.headline).toBe('North Korea wants to crash bilateral ties with Russia');
    expect(article.language).toBe('en');
    expect(article.slug).toBe('north-korea-wants-to-crash-bilateral-ties-with-russia');
  });

  it('keeps the date line and resolves its missing year', () => {
    expect(article.dateline).toBe('Saturday, November 16');
    expect(article.publishedAt).toBe('2024-11-16T00:00:00.000Z');
  });

  it('turns the Spanish headline into a translation without a body', () => {
    expect(translations).toEqual([
      {
        articleId: article.id,
        language: 'es',
        headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia',
        slug: 'corea-del-norte-desea-estrellar-lazos-bilaterales-con-rusia',
        kind: 'UNKNOWN',
      },
    ]);
    expect(article.translations).toEqual([expect.objectContaining({ language: 'es', hasBody: false })]);
  });

  it('reads the photo credit', () => {
    expect(article.photo).toEqual({ credit: 'KOREAN CENTRAL NEWS AGENCY/KOREA NEWS SERVICE/AP/PICTURE ALLIANCE / Deutsche Welle' });
  });

  it('keeps every paragraph exactly as written, damage included', () => {
    expect(article.body).toHaveLength(11);
    expect(article.body[0]).toMatch(/^The North Korean leader, Kim Jong-un, conveyed/);
    expect(article.body[4]).toMatch(/^Kim añ He added that/);
    expect(article.body[6]).toMatch(/^The supreme leader The North Korean also expressed/);
    expect(article.body.at(-1)).toMatch(/Moscow’s position in its invasion of the neighboring country\.$/);
  });

  it('derives the same id from the same document', () => {
    expect(readSeedText(seed, new Date()).article.id).toBe(article.id);
  });
});

describe('readSeedText on malformed input', () => {
  it('rejects a document whose first line is not a date line', () => {
    expect(() => readSeedText('Hello\n\nWorld.', importedAt)).toThrow(SeedFormatError);
  });

  it('rejects an empty document', () => {
    expect(() => readSeedText('', importedAt)).toThrow(/date line and a headline/);
  });

  it('rejects a document without body paragraphs', () => {
    expect(() => readSeedText('Saturday, November 16\n\nA headline\n\nPhoto: someone', importedAt)).toThrow(/no body paragraphs/);
  });
});
