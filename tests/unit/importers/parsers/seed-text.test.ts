import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeedText } from '../../../../src/importers/parsers/seed-text.js';
import { InputRejectedError } from '../../../../src/importers/raw-input.js';

const seed = readFileSync(new URL('../../../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8');
const importedAt = new Date('2026-11-28T02:00:00Z');

describe('readSeedText on the seed article', () => {
  const article = readSeedText(seed, importedAt);

  it('reads the English headline and language', () => {
    expect(article.headline).toBe('North Korea wants to crash bilateral ties with Russia');
    expect(article.language).toBe('en');
  });

  it('keeps the date line and resolves its missing year', () => {
    expect(article.dateline).toBe('Saturday, November 16');
    expect(article.publishedAt).toBe('2024-11-16T00:00:00.000Z');
  });

  it('detects the Spanish headline as another language, to become a translation', () => {
    expect(article.otherHeadlines).toEqual([
      { text: 'Corea del Norte desea estrellar lazos bilaterales con Rusia', language: 'es', kind: 'UNKNOWN' },
    ]);
  });

  it('reads the photo credit', () => {
    expect(article.photo).toEqual({
      credit: 'KOREAN CENTRAL NEWS AGENCY/KOREA NEWS SERVICE/AP/PICTURE ALLIANCE / Deutsche Welle',
    });
  });

  it('keeps every paragraph exactly as written, damage included', () => {
    expect(article.body).toHaveLength(11);
    expect(article.body[0]).toMatch(/^The North Korean leader, Kim Jong-un, conveyed/);
    expect(article.body[4]).toMatch(/^Kim añ He added that/);
    expect(article.body[6]).toMatch(/^The supreme leader The North Korean also expressed/);
    expect(article.body.at(-1)).toMatch(/Moscow’s position in its invasion of the neighboring country\.$/);
  });

  it('identifies the document by its date and headline, so a corrected body updates it', () => {
    expect(article.sourceId).toBe('text:2024-11-16:North Korea wants to crash bilateral ties with Russia');
  });
});

describe('readSeedText on malformed input', () => {
  it('rejects a document whose first line is not a date line', () => {
    expect(() => readSeedText('Hello\n\nWorld.', importedAt)).toThrow(InputRejectedError);
  });

  it('rejects an empty document', () => {
    expect(() => readSeedText('', importedAt)).toThrow(/date line and a headline/);
  });

  it('rejects a document without body paragraphs', () => {
    expect(() => readSeedText('Saturday, November 16\n\nA headline\n\nPhoto: someone', importedAt)).toThrow(
      /no body paragraphs/,
    );
  });
});

describe('readSeedText with an Id line', () => {
  const note = 'Tuesday, March 4, 2025\n\nCouncil approves the new tram line\n\nThe council approved it 31 to 12.\n';

  it('identifies the seed article by its Id line instead of its date and headline', () => {
    const article = readSeedText(`Id: dw-nk-russia-ties\n\n${seed}`, importedAt);

    expect(article.sourceId).toBe('text:id:dw-nk-russia-ties');
    expect(article.headline).toBe('North Korea wants to crash bilateral ties with Russia');
    expect(article.dateline).toBe('Saturday, November 16');
  });

  it('reads the Id line in any case, with or without a blank line after it, and trims the id', () => {
    const tight = readSeedText(`ID:   desk-note-7  \n${note}`, importedAt);
    const spaced = readSeedText(`\uFEFFid: desk-note-7\r\n\r\n${note.replace(/\n/g, '\r\n')}`, importedAt);

    expect(tight.sourceId).toBe('text:id:desk-note-7');
    expect(spaced.sourceId).toBe('text:id:desk-note-7');
    expect(spaced.body).toEqual(['The council approved it 31 to 12.']);
  });

  it('rejects an empty Id line, saying what to do', () => {
    expect(() => readSeedText(`Id:\n${note}`, importedAt)).toThrow(
      'the "Id:" line is empty: give the document\'s id after "Id:" or leave the line out',
    );
  });

  it('rejects an id longer than 200 characters', () => {
    expect(() => readSeedText(`Id: ${'x'.repeat(201)}\n${note}`, importedAt)).toThrow(
      /201 characters long; at most 200/,
    );
  });
});
