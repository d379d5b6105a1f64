import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/importers/enrich/events.js';
import { describeRole, extractPeople } from '../../../../src/importers/enrich/people.js';
import { flagQuality } from '../../../../src/importers/enrich/quality.js';
import { readSeedText } from '../../../../src/importers/parsers/seed-text.js';

const seed = readSeedText(
  readFileSync(new URL('../../../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8'),
  new Date('2026-11-28T00:00:00Z'),
);

describe('enrichment of the seed article', () => {
  const people = extractPeople(seed.body);

  it('finds exactly Kim Jong-un, Vladimir Putin and Donald Trump, with aliases and role phrases', () => {
    expect(people).toEqual([
      { name: 'Kim Jong-un', aliases: ['Kim'], role: 'The North Korean leader' },
      { name: 'Vladimir Putin', aliases: ['Putin'], role: 'the president of this country' },
      { name: 'Donald Trump', aliases: [], role: 'the former US president' },
    ]);
  });

  it('finds the Vladivostok and Hanoi summits with place and participants, their flagged dates kept only as stated text and month', () => {
    const flags = flagQuality(seed.body, { language: 'en', mentionsPeople: true, importYear: 2026 });

    expect(extractEvents(seed.body, people, flags)).toEqual([
      { name: 'Anniversary of the liberation of the Korean peninsula', kind: 'ANNIVERSARY', participants: [] },
      {
        name: 'Summit in Vladivostok',
        kind: 'SUMMIT',
        statedDate: { text: 'April 1200', month: 4 },
        place: { name: 'Vladivostok' },
        participants: ['Kim Jong-un', 'Vladimir Putin'],
      },
      // "two months earlier" than April (1200); "the North Korean leader" is Kim by the role phrase.
      {
        name: 'Summit in Hanoi',
        kind: 'SUMMIT',
        statedDate: { text: 'two months earlier', month: 2 },
        place: { name: 'Hanoi' },
        participants: ['Kim Jong-un', 'Donald Trump'],
      },
    ]);
  });

  it('flags the implausible year, the Spanish fragment and the doubled phrase, with their spans', () => {
    const flags = flagQuality(seed.body, { language: 'en', mentionsPeople: true, importYear: 2026 });

    expect(flags.map(({ kind, paragraph, text }) => ({ kind, paragraph, text }))).toEqual([
      { kind: 'FOREIGN_FRAGMENT', paragraph: 4, text: 'añ' },
      { kind: 'IMPLAUSIBLE_YEAR', paragraph: 6, text: '1200' },
      { kind: 'DOUBLED_PHRASE', paragraph: 6, text: 'The supreme leader The North Korean' },
      { kind: 'IMPLAUSIBLE_YEAR', paragraph: 8, text: '1200' },
    ]);
    for (const flag of flags) expect(seed.body[flag.paragraph]!.slice(flag.start, flag.end)).toBe(flag.text);
  });
});

describe('people extraction', () => {
  it('drops honorifics into the role and ignores one-word names seen once', () => {
    expect(extractPeople(['Governor Bob Holden spoke. Later Taylor arrived.'])).toEqual([
      { name: 'Bob Holden', aliases: [], role: 'Governor' },
    ]);
  });
});

describe('quality flags', () => {
  it('does not flag old years in an article that names no one', () => {
    expect(
      flagQuality(['The cathedral was finished in 1200 in Chartres.'], {
        language: 'en',
        mentionsPeople: false,
        importYear: 2026,
      }),
    ).toEqual([]);
  });

  it('flags a word written twice', () => {
    expect(
      flagQuality(['He said the the talks failed.'], { language: 'en', mentionsPeople: false, importYear: 2026 })[0],
    ).toMatchObject({ kind: 'DOUBLED_PHRASE', text: 'the the' });
  });
});

describe('descriptions', () => {
  it('keeps deictic and time phrases as the mention role only, never as the person description', () => {
    expect([
      describeRole('the president of this country'),
      describeRole('the past year'),
      describeRole('The North Korean leader'),
      describeRole('the former US president'),
    ]).toEqual([undefined, undefined, 'North Korean leader', 'former US president']);
  });
});
