import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../src/importers/build-document.js';
import { bodyFromMarkup } from '../../../src/importers/html.js';
import type { ParsedEntry } from '../../../src/importers/parsed-entry.js';

const NOW = new Date('2026-11-28T00:00:00Z');
const entry = (fields: Partial<ParsedEntry>): ParsedEntry => ({
  kind: 'article',
  sourceId: 'urn:test',
  language: 'en',
  headline: 'A headline',
  otherHeadlines: [],
  body: [],
  publishedAt: '2026-11-27T10:00:00.000Z',
  source: {},
  ...fields,
});
const articleOf = (fields: Partial<ParsedEntry>) => buildEntry(entry(fields), NOW).article!.article;

describe('buildEntry: body blocks and images', () => {
  it('stores blocks when the body has structure, and only paragraphs when it has none', () => {
    const rich = articleOf(bodyFromMarkup('<p>See <a href="https://example.org/">this</a>.</p>'));
    const plain = articleOf(bodyFromMarkup('<p>Only text.</p><p>More text.</p>'));

    expect(rich.bodyBlocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'See ' }, { text: 'this', href: 'https://example.org/' }, { text: '.' }] },
    ]);
    expect(plain.bodyBlocks).toBeUndefined();
    expect(plain.body).toEqual(['Only text.', 'More text.']);
  });

  it('keeps only the paragraphs when the blocks would not fit the item size budget', () => {
    const paragraph = `<p><em>${'word '.repeat(2000)}</em></p>`;
    const huge = articleOf(bodyFromMarkup(paragraph.repeat(20)));

    expect(huge.bodyBlocks).toBeUndefined();
    expect(huge.body).toHaveLength(20);
  });

  it("adds the body's pictures after the attached ones, merging the same picture", () => {
    const attached = { renditions: [{ url: 'https://img.example/a.jpg?w=140', width: 140 }] };
    const article = articleOf({
      images: [attached],
      ...bodyFromMarkup(
        '<p>Text.</p><img src="https://img.example/a.jpg?w=960" width="960"><img src="https://img.example/b.jpg" alt="B">',
      ),
    });

    expect(article.images).toEqual([
      {
        renditions: [
          { url: 'https://img.example/a.jpg?w=140', width: 140 },
          { url: 'https://img.example/a.jpg?w=960', width: 960 },
        ],
      },
      { renditions: [{ url: 'https://img.example/b.jpg' }], altText: 'B' },
    ]);
  });

  it('keeps pictures apart when their query string, not an image file path, picks them', () => {
    const article = articleOf({
      images: [
        { renditions: [{ url: 'https://img.example/image.php?id=1' }] },
        { renditions: [{ url: 'https://img.example/image.php?id=2' }] },
      ],
    });

    expect(article.images).toHaveLength(2);
  });

  it('keeps a picture-only item and still rejects an item with nothing to show', () => {
    expect(articleOf({ images: [{ renditions: [{ url: 'https://img.example/p.jpg' }] }] }).images).toHaveLength(1);
    expect(() => articleOf({})).toThrow(/no body text, no link and no picture/);
  });
});

describe('buildEntry: quality flags', () => {
  it('keeps at most 50 flags with at most 200 characters of text each, so no damaged body makes its article unwritable', () => {
    const body = Array.from(
      { length: 300 },
      (_, i) =>
        `Paragraph ${i}: the leaders met and talked about the the harbour. ${'Long text. '.repeat(i === 0 ? 40 : 0)}`,
    );
    const long = `${'Quoted passage '.repeat(30)}`;
    const flags = articleOf({
      body,
      flags: [
        {
          kind: 'ENCODING_MISMATCH',
          paragraph: -2,
          start: 0,
          end: long.length,
          text: long,
          message: 'm',
          confidence: 1,
        },
      ],
    }).qualityFlags!;

    expect(flags).toHaveLength(50);
    expect(flags[0]?.text).toHaveLength(200);
    expect(flags[0]?.text.endsWith('…')).toBe(true);
    expect(flags[0]?.end).toBe(long.length);
    expect(flags.slice(1).every((flag) => flag.kind === 'DOUBLED_PHRASE' && flag.text === 'the the')).toBe(true);
  });
});
