import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';
import { textInput } from '../../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const valid = {
  format: 'news-document/v1',
  id: 'cms-42',
  language: 'en',
  headline: 'Leaders meet in Geneva',
  body: ['First paragraph.'],
  publishedAt: '2026-11-01T10:00:00Z',
  translations: [
    {
      language: 'fr',
      headline: 'Les dirigeants se rencontrent à Genève',
      body: ['Premier paragraphe.'],
      kind: 'HUMAN',
    },
  ],
  people: [{ name: 'Ada Lovelace', role: 'the mathematician' }],
  events: [
    {
      name: 'Geneva summit',
      kind: 'SUMMIT',
      start: '2026-11',
      place: { name: 'Geneva', country: 'CH' },
      participants: ['Ada Lovelace'],
    },
  ],
};

describe('news-document/v1', () => {
  it('reads a valid document, translations and events included', () => {
    const { format, entries } = parseInput(textInput('doc.json', JSON.stringify(valid)), parsers);

    expect(format).toBe('news-document');
    expect(entries[0]).toMatchObject({
      sourceId: 'cms-42',
      otherHeadlines: [
        {
          text: 'Les dirigeants se rencontrent à Genève',
          language: 'fr',
          kind: 'HUMAN',
          body: ['Premier paragraphe.'],
        },
      ],
      events: [
        {
          name: 'Geneva summit',
          kind: 'SUMMIT',
          start: { value: '2026-11', precision: 'MONTH' },
          participants: ['Ada Lovelace'],
        },
      ],
    });
  });

  it('names every field that is wrong', () => {
    const broken = { ...valid, language: 'English', body: [], publishedAt: 'yesterday', extra: 1 };

    expect(() => parseInput(textInput('doc.json', JSON.stringify(broken)), parsers)).toThrow(
      'not a valid news-document/v1: language is not a BCP 47 tag such as "en" or "pt-BR"; body needs at least 1 entry; publishedAt is not a date and time with a zone, such as 2026-11-01T10:00:00Z; unknown field "extra"',
    );
  });

  it('rejects truncated JSON in words an editor understands', () => {
    expect(() => parseInput(textInput('doc.json', JSON.stringify(valid).slice(0, 80)), parsers)).toThrow(
      'the JSON is broken: it ends too early',
    );
  });

  it('rejects absurd nesting before parsing', () => {
    const deep = `{"format":"news-document/v1","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(() => parseInput(textInput('doc.json', deep), parsers)).toThrow('JSON nested deeper than 64 levels');
  });

  it('keeps the role each person is given', () => {
    const [entry] = parseInput(textInput('doc.json', JSON.stringify(valid)), parsers).entries;

    const built = buildEntry(entry!, new Date('2026-11-28T00:00:00Z'));

    expect(built.article?.article.people).toEqual([
      { personId: 'ada-lovelace', name: 'Ada Lovelace', role: 'the mathematician' },
    ]);
  });
});
